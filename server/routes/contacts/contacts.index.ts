import { createRouter } from '../../lib/openapi';
import * as handlers from './contacts.handlers';
import * as routes from './contacts.routes';

export const contactsRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.upsert, handlers.upsert)
  .openapi(routes.get, handlers.get)
  .openapi(routes.profile, handlers.profile)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove);
