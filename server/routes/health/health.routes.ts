import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { json } from '../../lib/openapi';

const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['reachable', 'unreachable']) });

export const health = createRoute({
  method: 'get', path: '/health', operationId: 'getHealth', tags: ['health'],
  // Public: monitors check it without a token.
  security: [],
  summary: 'Whether the API and its database are up',
  responses: { 200: json(Health, 'Up and the database answers'), 503: json(Health, 'Up, but the database does not answer') },
});
