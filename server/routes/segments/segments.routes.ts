import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { SegmentRule } from '../../../shared/models/segments/validate';
import { Segment, SegmentInput, SegmentKey, SegmentUpdate } from '../../../shared/schemas/segments';
import { guarded } from '../../lib/auth';
import { conflictResponse, json, jsonBody, notFoundResponse, problem, problems } from '../../lib/openapi';

const SegmentSchema = Segment.meta({ id: 'Segment' });
const KeyParam = z.object({ key: SegmentKey });
const tags = ['segments'];

export const list = createRoute({
  method: 'get', path: '/v1/segments', operationId: 'listSegments', tags, ...guarded('read'),
  summary: 'Custom segments, by priority, with their member counts (members: /v1/contacts?segment=segment:<key>)',
  responses: { 200: json(z.object({ items: z.array(SegmentSchema) }), 'The segments'), ...problems },
});

export const preview = createRoute({
  method: 'post', path: '/v1/segments/preview', operationId: 'previewSegment', tags, ...guarded('read'),
  summary: 'How many people a rule selects now, and a few of them, without saving it',
  description: 'A rule may use at most 20 behavioural measures, and a preview may take at most 10 s; other requests are served meanwhile.',
  request: jsonBody(z.object({ rule: SegmentRule })),
  responses: {
    200: json(z.object({ count: z.number().int(), sample: z.array(z.object({ id: z.number().int(), email: z.string(), name: z.string() })) }), 'The count and up to 10 people'),
    ...problems,
    422: problem('The rule took longer than the time limit to run over the base'),
  },
});

export const create = createRoute({
  method: 'post', path: '/v1/segments', operationId: 'createSegment', tags, ...guarded('write'),
  summary: 'Define a segment; its members are computed at once',
  request: jsonBody(SegmentInput),
  responses: { 201: json(SegmentSchema, 'Defined'), ...problems, ...conflictResponse },
});

export const get = createRoute({
  method: 'get', path: '/v1/segments/{key}', operationId: 'getSegment', tags, ...guarded('read'),
  summary: 'One segment',
  request: { params: KeyParam },
  responses: { 200: json(SegmentSchema, 'The segment'), ...problems, ...notFoundResponse },
});

export const update = createRoute({
  method: 'patch', path: '/v1/segments/{key}', operationId: 'updateSegment', tags, ...guarded('write'),
  summary: 'Change a segment; its members are computed again at once',
  request: { params: KeyParam, ...jsonBody(SegmentUpdate) },
  responses: { 200: json(SegmentSchema, 'The segment after'), ...problems, ...notFoundResponse },
});

export const remove = createRoute({
  method: 'delete', path: '/v1/segments/{key}', operationId: 'deleteSegment', tags, ...guarded('write'),
  summary: 'Remove a segment and its memberships',
  request: { params: KeyParam },
  responses: { 204: { description: 'Removed' }, ...problems, ...notFoundResponse },
});
