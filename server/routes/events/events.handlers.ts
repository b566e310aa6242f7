import type { AppRouteHandler } from '../../app-env';
import { existingContact } from '../../lib/existing-contact';
import { Problem } from '../../lib/problem';
import type * as routes from './events.routes';

export const ingest: AppRouteHandler<typeof routes.ingest> = async (c) => {
  const { events } = c.req.valid('json');
  const known = await c.var.repos.contacts.existing([...new Set(events.map((e) => e.contactId))]);
  const unknown = events.flatMap((e, i) => (known.has(e.contactId) ? [] : [{ field: `events[${i}].contactId`, message: `contact ${e.contactId} does not exist` }]));
  if (unknown.length) throw new Problem(400, 'Unknown contacts', 'Nothing was recorded: some events name contacts that do not exist.', unknown);
  const { accepted, duplicates, contactIds } = await c.var.repos.activity.ingestEvents(events);
  await c.var.engine.recompute(contactIds);
  return c.json({ accepted, duplicates }, 200);
};

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  return c.json(await c.var.repos.activity.eventsOf(id, c.req.valid('query')), 200);
};
