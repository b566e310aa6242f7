import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { SegmentRef } from '../../../shared/schemas/segment-ref';
import { AppliedTag } from '../../../shared/schemas/activity';
import { Contact, ContactCreate, ContactUpdate } from '../../../shared/schemas/contact';
import { guarded } from '../../lib/auth';
import { idempotent, IdempotencyHeaders } from '../../lib/idempotency';
import { conflictResponse, IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems } from '../../lib/openapi';

const ContactSchema = Contact.meta({ id: 'Contact' });
const tags = ['contacts'];

export const list = createRoute({
  method: 'get', path: '/v1/contacts', operationId: 'listContacts', tags, ...guarded('read'),
  summary: 'List people, optionally searched and filtered by tag or segment',
  request: {
    query: PageQuery.extend({
      q: z.string().trim().min(1).max(200).optional().describe('Part of a name or address'),
      tag: z.string().trim().toLowerCase().max(48).optional().describe('A tag slug'),
      segment: SegmentRef.optional().describe('A segment as kind:key, e.g. rfm:champions or value:gold'),
    }),
  },
  responses: { 200: json(pageOf(ContactSchema), 'A page of people, oldest first'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/contacts', operationId: 'createContact', tags, ...guarded('write', idempotent),
  summary: 'Create a person',
  request: { headers: IdempotencyHeaders, ...jsonBody(ContactCreate) },
  responses: { 201: json(ContactSchema, 'Created'), ...problems, ...conflictResponse },
});

export const upsert = createRoute({
  method: 'put', path: '/v1/contacts/by-email', operationId: 'upsertContactByEmail', tags, ...guarded('write', idempotent),
  summary: 'Create the person with this address, or update whoever has it',
  request: { headers: IdempotencyHeaders, ...jsonBody(ContactCreate) },
  responses: { 200: json(ContactSchema, 'Updated'), 201: json(ContactSchema, 'Created'), ...problems, ...conflictResponse },
});

export const get = createRoute({
  method: 'get', path: '/v1/contacts/{id}', operationId: 'getContact', tags, ...guarded('read'),
  summary: 'Read a person',
  request: { params: IdParam },
  responses: { 200: json(ContactSchema, 'The person'), ...problems, ...notFoundResponse },
});

export const update = createRoute({
  method: 'patch', path: '/v1/contacts/{id}', operationId: 'updateContact', tags, ...guarded('write'),
  summary: 'Change some of a person\'s fields',
  request: { params: IdParam, ...jsonBody(ContactUpdate) },
  responses: { 200: json(ContactSchema, 'Updated'), ...problems, ...notFoundResponse, ...conflictResponse },
});

export const profile = createRoute({
  method: 'get', path: '/v1/contacts/{id}/profile', operationId: 'getContactProfile', tags, ...guarded('read'),
  summary: 'A person with every score SegLens computed for them, each with its explanation and the time it was computed',
  request: { params: IdParam },
  responses: {
    200: json(z.object({
      contact: ContactSchema,
      tags: z.array(AppliedTag),
      computedAt: z.string().nullable(),
      scores: z.record(z.string(), z.unknown()).nullable()
        .describe('lead, rfm, satisfaction, valueTier, vip, lifecycle, funnel, occasion, lifetime, group, crossSell, offer, segments, badges and `explain`: each figure\'s inputs and rule'),
      base: z.object({
        customers: z.number().int(),
        rfmCuts: z.record(z.string(), z.array(z.number())),
        value: z.object({ goldFrom: z.number(), lowBelow: z.number(), vipFrom: z.number() }),
        valueBasis: z.string(),
        lifetimeModel: z.record(z.string(), z.unknown()).nullable(),
      }).nullable().describe('What the explanations were measured against: the base\'s quintile cut points, value thresholds and fitted models'),
    }).meta({ id: 'Profile' }), 'The profile'),
    ...problems, ...notFoundResponse,
  },
});

export const remove = createRoute({
  method: 'delete', path: '/v1/contacts/{id}', operationId: 'deleteContact', tags, ...guarded('write'),
  summary: 'Erase a person with their events, orders, surveys, deals and tags',
  request: { params: IdParam },
  responses: { 204: { description: 'Erased' }, ...problems, ...notFoundResponse },
});
