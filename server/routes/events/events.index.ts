import { createRouter } from '../../lib/openapi';
import * as handlers from './events.handlers';
import * as routes from './events.routes';

export const eventsRoutes = createRouter()
  .openapi(routes.ingest, handlers.ingest)
  .openapi(routes.ofContact, handlers.ofContact);
