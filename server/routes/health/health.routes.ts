import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { json } from '../../lib/openapi';

const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['reachable', 'unreachable']) });

export const health = createRoute({
  method: 'get', path: '/health', operationId: 'getHealth', tags: ['health'],
  // Public: monitors and load balancers check it without a token. It is theirs, not the API's, so the document leaves it out
  // (README describes it): it takes no input, so it has no 4xx answer that the document's linter asks every operation for.
  security: [],
  hide: true,
  summary: 'Whether the API and its database are up',
  responses: { 200: json(Health, 'Up and the database answers'), 503: json(Health, 'Up, but the database does not answer') },
});
