import { createRouter } from '../../lib/openapi';
import * as handlers from './me.handlers';
import * as routes from './me.routes';

export const meRoutes = createRouter().openapi(routes.me, handlers.me);
