import { createRouter } from '../../lib/openapi';
import * as handlers from './analytics.handlers';
import * as routes from './analytics.routes';

export const analyticsRoutes = createRouter()
  .openapi(routes.segments, handlers.segments)
  .openapi(routes.segmentHistory, handlers.segmentHistory)
  .openapi(routes.rfmGrid, handlers.rfmGrid)
  .openapi(routes.distributions, handlers.distributions)
  .openapi(routes.funnel, handlers.funnel)
  .openapi(routes.satisfaction, handlers.satisfaction)
  .openapi(routes.offers, handlers.offers);
