import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { guarded } from '../../lib/auth';
import { json, problems } from '../../lib/openapi';

const Job = z.object({
  id: z.number().int(),
  state: z.enum(['running', 'done', 'failed']),
  reason: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  done: z.number().int().describe('People recomputed so far'),
  total: z.number().int(),
  error: z.string().nullable(),
}).meta({ id: 'RecomputeJob' });
const tags = ['recompute'];

export const start = createRoute({
  method: 'post', path: '/v1/recompute', operationId: 'startRecompute', tags, ...guarded('write'),
  summary: 'Recompute everyone now (the base\'s statistics, then every person in batches)',
  description: 'Answers at once with the job; when one is already running, with that one.',
  responses: { 202: json(Job, 'The running job'), ...problems },
});

export const status = createRoute({
  method: 'get', path: '/v1/recompute', operationId: 'getLatestRecompute', tags, ...guarded('read'),
  summary: 'The latest full recompute and its progress',
  responses: { 200: json(z.object({ job: Job.nullable() }), 'The latest job, if any since the server started'), ...problems },
});
