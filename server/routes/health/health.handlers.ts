import type { AppRouteHandler } from '../../app-env';
import type { health as healthRoute } from './health.routes';

export const health: AppRouteHandler<typeof healthRoute> = async (c) =>
  (await c.var.repos.ping())
    ? c.json({ status: 'ok' as const, database: 'reachable' as const }, 200)
    : c.json({ status: 'degraded' as const, database: 'unreachable' as const }, 503);
