import { timelinePosition } from '../../../shared/schemas/timeline';
import type { AppRouteHandler } from '../../app-env';
import { existingContact } from '../../lib/existing-contact';
import type * as routes from './timeline.routes';

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  const { cursor, limit } = c.req.valid('query');
  await existingContact(c, id);
  return c.json(await c.var.repos.timeline.of(id, { from: cursor ? timelinePosition(cursor) : undefined, limit }), 200);
};
