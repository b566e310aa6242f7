import { createRouter } from '../../lib/openapi';
import * as handlers from './cards.handlers';
import * as routes from './cards.routes';

export const cardsRoutes = createRouter().openapi(routes.card, handlers.card);
