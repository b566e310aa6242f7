import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../app-env';
import { OfferExistsError } from '../../db/repositories/offers';
import { existingContact } from '../../lib/existing-contact';
import { notFound, Problem } from '../../lib/problem';
import type * as routes from './offers.routes';

/** Offers are chosen as people are read: the engine reads them again, and nobody needs rescoring. */
function offersChanged(c: Context<AppEnv>) {
  c.var.engine.forgetRules();
}

async function existingOffer(c: Context<AppEnv>, key: string) {
  const offer = await c.var.repos.offers.get(key);
  if (!offer) throw notFound(`Offer "${key}"`);
  return offer;
}

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.repos.offers.list() }, 200);

export const get: AppRouteHandler<typeof routes.get> = async (c) => c.json(await existingOffer(c, c.req.valid('param').key), 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const input = c.req.valid('json');
  try {
    await c.var.repos.offers.create(input);
  } catch (error) {
    if (error instanceof OfferExistsError) throw new Problem(409, 'Offer exists', error.message, [{ field: 'key', message: 'already in use' }]);
    throw error;
  }
  offersChanged(c);
  return c.json(await existingOffer(c, input.key), 201);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { key } = c.req.valid('param');
  const current = await existingOffer(c, key);
  const change = c.req.valid('json');
  const after = { ...current, ...change };
  if (after.segments.length + after.occasions.length === 0) {
    throw new Problem(400, 'Invalid offer', 'An offer needs at least one segment or occasion.', [{ field: 'segments', message: 'an offer needs at least one segment or occasion' }]);
  }
  await c.var.repos.offers.update(key, change);
  offersChanged(c);
  return c.json(await existingOffer(c, key), 200);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { key } = c.req.valid('param');
  if (!(await c.var.repos.offers.remove(key))) throw notFound(`Offer "${key}"`);
  offersChanged(c);
  return c.body(null, 204);
};

export const redeem: AppRouteHandler<typeof routes.redeem> = async (c) => {
  const { key } = c.req.valid('param');
  const { contactId, redeemedAt = new Date().toISOString(), idempotencyKey } = c.req.valid('json');
  await existingOffer(c, key);
  await existingContact(c, contactId);
  const { accepted } = await c.var.repos.activity.ingestEvents([{
    contactId,
    type: 'offer_redeemed',
    properties: { offer: key },
    occurredAt: redeemedAt,
    idempotencyKey: idempotencyKey ?? `offer:${key}:${contactId}:${redeemedAt.slice(0, 10)}`,
  }]);
  await c.var.engine.recompute([contactId]);
  return c.json({ recorded: accepted > 0, redemptions: (await existingOffer(c, key)).redemptions }, 201);
};
