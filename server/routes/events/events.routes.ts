import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Event, EventBatch } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems } from '../../lib/openapi';

const tags = ['events'];

export const ingest = createRoute({
  method: 'post', path: '/v1/events', operationId: 'recordEvents', tags, ...guarded('write'),
  summary: 'Record up to 1,000 events; a repeated idempotency key is accepted once',
  request: jsonBody(EventBatch),
  responses: {
    200: json(z.object({ accepted: z.number().int(), duplicates: z.number().int() }), 'How many were new and how many were already recorded'),
    ...problems,
  },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/events', operationId: 'listContactEvents', tags, ...guarded('read'),
  summary: 'A person\'s events, newest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageOf(Event.meta({ id: 'Event' })), 'A page of events'), ...problems, ...notFoundResponse },
});
