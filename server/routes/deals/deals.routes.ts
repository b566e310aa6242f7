import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Deal, DealInput, DealStageChange } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { IdParam, json, jsonBody, notFoundResponse, problems } from '../../lib/openapi';

const DealSchema = Deal.meta({ id: 'Deal' });
const tags = ['deals'];

export const create = createRoute({
  method: 'post', path: '/v1/contacts/{id}/deals', operationId: 'openDeal', tags, ...guarded('write'),
  summary: 'Open a deal with a person',
  request: { params: IdParam, ...jsonBody(DealInput) },
  responses: { 201: json(DealSchema, 'Opened'), ...problems, ...notFoundResponse },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/deals', operationId: 'listContactDeals', tags, ...guarded('read'),
  summary: 'A person\'s deals with their stage history, newest first',
  request: { params: IdParam },
  responses: { 200: json(z.object({ items: z.array(DealSchema) }), 'The person\'s deals'), ...problems, ...notFoundResponse },
});

export const changeStage = createRoute({
  method: 'put', path: '/v1/deals/{id}/stage', operationId: 'moveDealStage', tags, ...guarded('write'),
  summary: 'Move a deal to a stage; the move is recorded in its history',
  request: { params: IdParam, ...jsonBody(DealStageChange) },
  responses: { 200: json(DealSchema, 'The deal after the move'), ...problems, ...notFoundResponse },
});
