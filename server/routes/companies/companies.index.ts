import { createRouter } from '../../lib/openapi';
import * as handlers from './companies.handlers';
import * as routes from './companies.routes';

export const companiesRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get);
