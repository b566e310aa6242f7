import { createRouter } from '../../lib/openapi';
import * as handlers from './lookup.handlers';
import * as routes from './lookup.routes';

export const lookupRoutes = createRouter().openapi(routes.lookup, handlers.lookup);
