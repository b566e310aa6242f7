import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Deal, DealInput, DealStageChange } from '../../../shared/schemas/activity';
import { requires } from '../../lib/auth';
import { IdParam, json, jsonBody, notFoundResponse, problems, security } from '../../lib/openapi';

const DealSchema = Deal.meta({ id: 'Deal' });
const tags = ['deals'];

export const create = createRoute({
  method: 'post', path: '/v1/contacts/{id}/deals', operationId: 'openDeal', tags, security, middleware: [requires('write')] as const,
  summary: 'Open a deal with a person',
  request: { params: IdParam, ...jsonBody(DealInput) },
  responses: { 201: json(DealSchema, 'Opened'), ...problems, ...notFoundResponse },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/deals', operationId: 'listContactDeals', tags, security, middleware: [requires('read')] as const,
  summary: 'A person\'s deals with their stage history, newest first',
  request: { params: IdParam },
  responses: { 200: json(z.object({ items: z.array(DealSchema) }), 'The person\'s deals'), ...problems, ...notFoundResponse },
});

export const changeStage = createRoute({
  method: 'put', path: '/v1/deals/{id}/stage', operationId: 'moveDealStage', tags, security, middleware: [requires('write')] as const,
  summary: 'Move a deal to a stage; the move is recorded in its history',
  request: { params: IdParam, ...jsonBody(DealStageChange) },
  responses: { 200: json(DealSchema, 'The deal after the move'), ...problems, ...notFoundResponse },
});
