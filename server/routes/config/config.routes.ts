import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ConfigKey } from '../../../shared/schemas/config';
import { guarded } from '../../lib/auth';
import { json, jsonBody, problems } from '../../lib/openapi';

const tags = ['rules'];
const KeyParam = z.object({ key: ConfigKey });
const Document = z.object({
  key: ConfigKey,
  value: z.unknown(),
  /** Null while the workspace uses the default. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
}).meta({ id: 'RulesDocument' });

export const list = createRoute({
  method: 'get', path: '/v1/rules', operationId: 'listRules', tags, ...guarded('read'),
  summary: 'Every rules document: RFM segment map, lead scoring, lifecycle, value tiers, satisfaction, funnel, occasions, price ladders',
  responses: { 200: json(z.object({ items: z.array(Document) }), 'The rules in force'), ...problems },
});

export const get = createRoute({
  method: 'get', path: '/v1/rules/{key}', operationId: 'getRules', tags, ...guarded('read'),
  summary: 'One rules document',
  request: { params: KeyParam },
  responses: { 200: json(Document, 'The rules in force'), ...problems },
});

export const replace = createRoute({
  method: 'put', path: '/v1/rules/{key}', operationId: 'replaceRules', tags, ...guarded('write'),
  summary: 'Replace a rules document; everyone is recomputed with it',
  request: { params: KeyParam, ...jsonBody(z.object({ value: z.unknown() })) },
  responses: { 200: json(Document, 'Saved; a full recompute has started'), ...problems },
});

export const reset = createRoute({
  method: 'delete', path: '/v1/rules/{key}', operationId: 'resetRules', tags, ...guarded('write'),
  summary: 'Go back to the default rules; everyone is recomputed',
  request: { params: KeyParam },
  responses: { 200: json(Document, 'The default, now in force'), ...problems },
});
