import { createRouter } from '../../lib/openapi';
import * as handlers from './offers.handlers';
import * as routes from './offers.routes';

export const offersRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.redeem, handlers.redeem);
