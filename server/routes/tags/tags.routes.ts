import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AppliedTag, Tag, TagApply, TagInput, TagSlug } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { idempotent, IdempotencyHeaders } from '../../lib/idempotency';
import { IdParam, json, jsonBody, notFoundResponse, problems } from '../../lib/openapi';

const TagSchema = Tag.meta({ id: 'Tag' });
const tags = ['tags'];
const ContactTagParams = IdParam.extend({ slug: TagSlug });

export const list = createRoute({
  method: 'get', path: '/v1/tags', operationId: 'listTags', tags, ...guarded('read'),
  summary: 'All tags',
  responses: { 200: json(z.object({ items: z.array(TagSchema) }), 'Every tag, by slug'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/tags', operationId: 'createTag', tags, ...guarded('tag', idempotent),
  summary: 'Create a tag (idempotent: an existing slug is returned as it is)',
  request: { headers: IdempotencyHeaders, ...jsonBody(TagInput) },
  responses: { 201: json(TagSchema, 'Created'), 200: json(TagSchema, 'Already existed'), ...problems },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/tags', operationId: 'listContactTags', tags, ...guarded('read'),
  summary: 'A person\'s tags, with who applied them, when and from which site',
  request: { params: IdParam },
  responses: { 200: json(z.object({ items: z.array(AppliedTag) }), 'The person\'s tags'), ...problems, ...notFoundResponse },
});

export const apply = createRoute({
  method: 'put', path: '/v1/contacts/{id}/tags/{slug}', operationId: 'tagContact', tags, ...guarded('tag', idempotent),
  summary: 'Tag a person (idempotent; with an Idempotency-Key, a retry gets the first answer)',
  request: { params: ContactTagParams, headers: IdempotencyHeaders, ...jsonBody(TagApply) },
  responses: { 200: json(z.object({ items: z.array(AppliedTag) }), 'The person\'s tags after'), ...problems, ...notFoundResponse },
});

export const remove = createRoute({
  method: 'delete', path: '/v1/contacts/{id}/tags/{slug}', operationId: 'untagContact', tags, ...guarded('tag', idempotent),
  summary: 'Untag a person (idempotent; with an Idempotency-Key, a retry gets the first answer)',
  request: { params: ContactTagParams, headers: IdempotencyHeaders },
  responses: { 200: json(z.object({ items: z.array(AppliedTag) }), 'The person\'s tags after'), ...problems, ...notFoundResponse },
});
