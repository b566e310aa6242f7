import { createRoute } from '@hono/zod-openapi';
import { Changes, ChangesQuery } from '../../../shared/schemas/changes';
import { guarded } from '../../lib/auth';
import { json, problems } from '../../lib/openapi';

/** Beyond this many, the list would cost more to send and redraw than asking again about everyone shown. */
export const MOST_CHANGES_LISTED = 500;

export const changes = createRoute({
  method: 'get', path: '/v1/changes', operationId: 'listChanges', tags: ['lookup'], ...guarded('read'),
  summary: 'Addresses whose badges changed since a cursor',
  description: 'What the extension polls to keep the badges it shows current: one indexed range read, usually answering nothing. '
    + 'Scores saved (a tag, new data, a recompute), an address removed and a person erased each move the cursor past the addresses concerned. '
    + `When more than ${MOST_CHANGES_LISTED} changed, \`everything\` is true instead of a list.`,
  request: { query: ChangesQuery },
  responses: { 200: json(Changes.meta({ id: 'Changes' }), 'The changes, and the cursor to ask from next'), ...problems },
});
