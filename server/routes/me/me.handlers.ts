import type { AppRouteHandler } from '../../app-env';
import type { me as meRoute } from './me.routes';

export const me: AppRouteHandler<typeof meRoute> = (c) =>
  c.json({ name: c.var.caller.name, role: c.var.caller.role, service: 'seglens' as const }, 200);
