import { createRouter } from '../../lib/openapi';
import * as handlers from './surveys.handlers';
import * as routes from './surveys.routes';

export const surveysRoutes = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.ofContact, handlers.ofContact);
