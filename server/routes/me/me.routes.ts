import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Role } from '../../../shared/schemas/enums';
import { guarded } from '../../lib/auth';
import { json, problems } from '../../lib/openapi';

export const Me = z.object({ name: z.string(), role: Role, service: z.literal('seglens') });

export const me = createRoute({
  method: 'get', path: '/v1/me', operationId: 'getMe', tags: ['tokens'], ...guarded('read'),
  summary: 'Who this token belongs to (the extension\'s connection test)',
  responses: { 200: json(Me, 'The token\'s name and role'), 401: problems[401] },
});
