import { createRoute } from '@hono/zod-openapi';
import { LookupRequest, LookupResponse } from '../../../shared/schemas/lookup';
import { json, jsonBody, problems } from '../../lib/openapi';
import { guarded } from '../../lib/auth';

export const lookup = createRoute({
  method: 'post', path: '/v1/lookup', operationId: 'lookupPeople', tags: ['lookup'], ...guarded('read'),
  summary: 'Who these addresses are: segments, scores, stage and the offer to make',
  description: 'Up to 500 addresses in one call, answered in the order asked, from one indexed query.',
  request: jsonBody(LookupRequest),
  responses: { 200: json(LookupResponse, 'One result per address'), ...problems },
});
