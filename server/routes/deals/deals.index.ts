import { createRouter } from '../../lib/openapi';
import * as handlers from './deals.handlers';
import * as routes from './deals.routes';

export const dealsRoutes = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.ofContact, handlers.ofContact)
  .openapi(routes.changeStage, handlers.changeStage);
