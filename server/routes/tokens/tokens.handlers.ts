import type { AppRouteHandler } from '../../app-env';
import { notFound } from '../../lib/problem';
import type * as routes from './tokens.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.repos.tokens.list() }, 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { name, role } = c.req.valid('json');
  return c.json(await c.var.repos.tokens.issue(name, role), 201);
};

export const revoke: AppRouteHandler<typeof routes.revoke> = async (c) => {
  const { id } = c.req.valid('param');
  if (!(await c.var.repos.tokens.revoke(id))) throw notFound(`Token ${id}`);
  return c.body(null, 204);
};
