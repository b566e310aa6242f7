import { createRouter } from '../../lib/openapi';
import * as handlers from './timeline.handlers';
import * as routes from './timeline.routes';

export const timelineRoutes = createRouter()
  .openapi(routes.ofContact, handlers.ofContact);
