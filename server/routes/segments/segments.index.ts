import { createRouter } from '../../lib/openapi';
import * as handlers from './segments.handlers';
import * as routes from './segments.routes';

export const segmentsRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.preview, handlers.preview)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove);
