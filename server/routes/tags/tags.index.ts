import { createRouter } from '../../lib/openapi';
import * as handlers from './tags.handlers';
import * as routes from './tags.routes';

export const tagsRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.ofContact, handlers.ofContact)
  .openapi(routes.apply, handlers.apply)
  .openapi(routes.remove, handlers.remove);
