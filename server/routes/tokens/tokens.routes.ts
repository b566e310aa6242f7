import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { TokenInfo, TokenInput } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { IdParam, json, jsonBody, notFoundResponse, problems } from '../../lib/openapi';

const tags = ['tokens'];

export const list = createRoute({
  method: 'get', path: '/v1/tokens', operationId: 'listTokens', tags, ...guarded('manageTokens'),
  summary: 'All API tokens (never the tokens themselves)',
  responses: { 200: json(z.object({ items: z.array(TokenInfo) }), 'Every token'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/tokens', operationId: 'createToken', tags, ...guarded('manageTokens'),
  summary: 'Create a token; the response is the only time it is shown',
  request: jsonBody(TokenInput),
  responses: { 201: json(z.object({ id: z.number().int(), token: z.string() }), 'The new token'), ...problems },
});

export const revoke = createRoute({
  method: 'delete', path: '/v1/tokens/{id}', operationId: 'revokeToken', tags, ...guarded('manageTokens'),
  summary: 'Revoke a token',
  request: { params: IdParam },
  responses: { 204: { description: 'Revoked' }, ...problems, ...notFoundResponse },
});
