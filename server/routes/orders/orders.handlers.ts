import type { AppRouteHandler } from '../../app-env';
import { DuplicateOrderError } from '../../db/repositories/activity';
import { existingContact } from '../../lib/existing-contact';
import { Problem } from '../../lib/problem';
import type * as routes from './orders.routes';

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  try {
    const order = await c.var.repos.activity.createOrder(id, c.req.valid('json'));
    await c.var.engine.recompute([id]);
    return c.json(order, 201);
  } catch (error) {
    if (error instanceof DuplicateOrderError) {
      throw new Problem(409, 'Duplicate order', error.message, [{ field: 'externalId', message: 'already recorded' }]);
    }
    throw error;
  }
};

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  return c.json(await c.var.repos.activity.ordersOf(id, c.req.valid('query')), 200);
};
