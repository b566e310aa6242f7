import type { AppRouteHandler } from '../../app-env';
import type * as routes from './site-reports.routes';

export const report: AppRouteHandler<typeof routes.report> = async (c) => {
  const { report: stored, created } = await c.var.repos.siteReports.record(c.req.valid('json'));
  return created ? c.json(stored, 201) : c.json(stored, 200);
};

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.repos.siteReports.list() }, 200);
