import type { AppRouteHandler } from '../../app-env';
import { existingContact } from '../../lib/existing-contact';
import { notFound } from '../../lib/problem';
import type * as routes from './deals.routes';

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  const deal = await c.var.repos.deals.create(id, c.req.valid('json'), c.var.caller.name);
  await c.var.engine.recompute([id]);
  return c.json(deal, 201);
};

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  return c.json({ items: await c.var.repos.deals.ofContact(id) }, 200);
};

export const changeStage: AppRouteHandler<typeof routes.changeStage> = async (c) => {
  const { id } = c.req.valid('param');
  const deal = await c.var.repos.deals.changeStage(id, c.req.valid('json').stage, c.var.caller.name);
  if (!deal) throw notFound(`Deal ${id}`);
  await c.var.engine.recompute([deal.contactId]);
  return c.json(deal, 200);
};
