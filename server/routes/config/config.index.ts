import { createRouter } from '../../lib/openapi';
import * as handlers from './config.handlers';
import * as routes from './config.routes';

export const configRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.replace, handlers.replace)
  .openapi(routes.reset, handlers.reset);
