import { createRoute } from '@hono/zod-openapi';
import { etag } from 'hono/etag';
import { KnownPerson } from '../../../shared/schemas/lookup';
import { guarded } from '../../lib/auth';
import { IdParam, json, notFoundResponse, problems } from '../../lib/openapi';

export const card = createRoute({
  method: 'get', path: '/v1/contacts/{id}/card', operationId: 'getContactCard', tags: ['lookup'], ...guarded('read', etag()),
  summary: 'Everything a person\'s card shows: scores with their reasons, value, stage, tone, offer, occasion, suggestions',
  description: 'Asked when a card opens. Answered with an `ETag`: a client that sends it back as `If-None-Match` gets 304 while nothing changed.',
  request: { params: IdParam },
  responses: {
    200: json(KnownPerson.meta({ id: 'PersonCard' }), 'The card; `email` is the person\'s primary address'),
    304: { description: 'Unchanged since the `ETag` sent' },
    ...problems,
    ...notFoundResponse,
  },
});
