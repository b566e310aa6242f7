import { createRoute } from '@hono/zod-openapi';
import { LookupRequest, LookupResponse } from '../../../shared/schemas/lookup';
import { json, jsonBody, problems } from '../../lib/openapi';
import { guarded } from '../../lib/auth';

export const lookup = createRoute({
  method: 'post', path: '/v1/lookup', operationId: 'lookupPeople', tags: ['lookup'], ...guarded('read'),
  summary: 'Who these addresses are: what their badges show',
  description: 'Up to 500 addresses in one call, answered in the order asked, from one indexed query: each known person\'s name, badges and lead score. The rest of what SegLens knows of one person is their card, `GET /v1/contacts/{id}/card`.',
  request: jsonBody(LookupRequest),
  responses: { 200: json(LookupResponse, 'One result per address'), ...problems },
});
