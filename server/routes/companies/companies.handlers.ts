import type { AppRouteHandler } from '../../app-env';
import { notFound, Problem } from '../../lib/problem';
import type * as routes from './companies.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) =>
  c.json(await c.var.repos.companies.list(c.req.valid('query')), 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const input = c.req.valid('json');
  if (input.domain && (await c.var.repos.companies.byDomain(input.domain))) {
    throw new Problem(409, 'Domain already in use', `A company with domain ${input.domain} exists`, [{ field: 'domain', message: 'already in use' }]);
  }
  return c.json(await c.var.repos.companies.create(input), 201);
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { id } = c.req.valid('param');
  const company = await c.var.repos.companies.get(id);
  if (!company) throw notFound(`Company ${id}`);
  return c.json(company, 200);
};
