import { createRouter } from '../../lib/openapi';
import * as handlers from './recompute.handlers';
import * as routes from './recompute.routes';

export const recomputeRoutes = createRouter()
  .openapi(routes.start, handlers.start)
  .openapi(routes.status, handlers.status);
