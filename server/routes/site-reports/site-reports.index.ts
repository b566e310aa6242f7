import { createRouter } from '../../lib/openapi';
import * as handlers from './site-reports.handlers';
import * as routes from './site-reports.routes';

export const siteReportsRoutes = createRouter()
  .openapi(routes.report, handlers.report)
  .openapi(routes.list, handlers.list);
