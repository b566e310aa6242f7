import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Offer, OfferInput, OfferKey, OfferUpdate } from '../../../shared/schemas/offers';
import { guarded } from '../../lib/auth';
import { conflictResponse, json, jsonBody, notFoundResponse, problems } from '../../lib/openapi';

const OfferSchema = Offer.meta({ id: 'Offer' });
const KeyParam = z.object({ key: OfferKey });
const tags = ['offers'];

export const list = createRoute({
  method: 'get', path: '/v1/offers', operationId: 'listOffers', tags, ...guarded('read'),
  summary: 'Every offer, best first, with how often each was redeemed',
  responses: { 200: json(z.object({ items: z.array(OfferSchema) }), 'The offers'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/offers', operationId: 'createOffer', tags, ...guarded('write'),
  summary: 'Add an offer; the next lookups choose with it',
  request: jsonBody(OfferInput),
  responses: { 201: json(OfferSchema, 'Added'), ...problems, ...conflictResponse },
});

export const get = createRoute({
  method: 'get', path: '/v1/offers/{key}', operationId: 'getOffer', tags, ...guarded('read'),
  summary: 'One offer',
  request: { params: KeyParam },
  responses: { 200: json(OfferSchema, 'The offer'), ...problems, ...notFoundResponse },
});

export const update = createRoute({
  method: 'patch', path: '/v1/offers/{key}', operationId: 'updateOffer', tags, ...guarded('write'),
  summary: 'Change some of an offer\'s fields; the next lookups choose with the change',
  request: { params: KeyParam, ...jsonBody(OfferUpdate) },
  responses: { 200: json(OfferSchema, 'The offer after'), ...problems, ...notFoundResponse },
});

export const remove = createRoute({
  method: 'delete', path: '/v1/offers/{key}', operationId: 'deleteOffer', tags, ...guarded('write'),
  summary: 'Remove an offer (its redemptions stay recorded as events)',
  request: { params: KeyParam },
  responses: { 204: { description: 'Removed' }, ...problems, ...notFoundResponse },
});

export const redeem = createRoute({
  method: 'post', path: '/v1/offers/{key}/redemptions', operationId: 'redeemOffer', tags, ...guarded('tag'),
  summary: 'Record that a person redeemed an offer (an offer_redeemed event; once per idempotency key)',
  request: {
    params: KeyParam,
    ...jsonBody(z.object({
      contactId: z.number().int().positive(),
      redeemedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
      /** Defaults to one redemption per offer, person and day. */
      idempotencyKey: z.string().trim().min(1).max(200).optional(),
    })),
  },
  responses: { 201: json(z.object({ recorded: z.boolean(), redemptions: z.number().int() }), 'Recorded (false: already recorded)'), ...problems, ...notFoundResponse },
});
