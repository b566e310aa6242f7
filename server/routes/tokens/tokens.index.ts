import { createRouter } from '../../lib/openapi';
import * as handlers from './tokens.handlers';
import * as routes from './tokens.routes';

export const tokensRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.revoke, handlers.revoke);
