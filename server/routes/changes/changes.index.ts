import { createRouter } from '../../lib/openapi';
import * as handlers from './changes.handlers';
import * as routes from './changes.routes';

export const changesRoutes = createRouter().openapi(routes.changes, handlers.changes);
