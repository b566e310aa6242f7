import type { AppRouteHandler } from '../../app-env';
import type * as routes from './recompute.routes';

export const start: AppRouteHandler<typeof routes.start> = (c) => c.json(c.var.jobs.start(`requested by ${c.var.caller.name}`), 202);

export const status: AppRouteHandler<typeof routes.status> = (c) => c.json({ job: c.var.jobs.current() }, 200);
