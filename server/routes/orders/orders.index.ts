import { createRouter } from '../../lib/openapi';
import * as handlers from './orders.handlers';
import * as routes from './orders.routes';

export const ordersRoutes = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.ofContact, handlers.ofContact);
