import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { TimelineCursor, TimelinePage } from '../../../shared/schemas/timeline';
import { guarded } from '../../lib/auth';
import { IdParam, json, notFoundResponse, PageQuery, problems } from '../../lib/openapi';

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/timeline', operationId: 'getContactTimeline', tags: ['contacts'], ...guarded('read'),
  summary: 'A person\'s events, orders, survey answers, deal stage changes and tags in one list, newest first',
  request: {
    params: IdParam,
    query: z.object({
      cursor: TimelineCursor.optional().describe('The nextCursor of the page before'),
      limit: PageQuery.shape.limit,
    }),
  },
  responses: { 200: json(TimelinePage.meta({ id: 'TimelinePage' }), 'A page of the timeline'), ...problems, ...notFoundResponse },
});
