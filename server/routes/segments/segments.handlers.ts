import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../app-env';
import { RuleTooSlowError, SegmentExistsError } from '../../db/repositories/segments';
import { notFound, Problem } from '../../lib/problem';
import type * as routes from './segments.routes';

async function existingSegment(c: Context<AppEnv>, key: string) {
  const segment = await c.var.repos.segments.get(key);
  if (!segment) throw notFound(`Segment "${key}"`);
  return segment;
}

/** A segment's rule or priority changed: its members now, and the engine reads the definitions again. */
async function refreshed(c: Context<AppEnv>, key: string) {
  const segment = await existingSegment(c, key);
  await c.var.repos.segments.refreshMembers(key, segment.rule, new Date());
  c.var.engine.forgetRules();
  return existingSegment(c, key);
}

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.repos.segments.list() }, 200);

export const preview: AppRouteHandler<typeof routes.preview> = async (c) => {
  try {
    return c.json(await c.var.repos.segments.preview(c.req.valid('json').rule, new Date()), 200);
  } catch (error) {
    if (error instanceof RuleTooSlowError) throw new Problem(422, 'Rule too costly', error.message, [{ field: 'rule', message: error.message }]);
    throw error;
  }
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => c.json(await existingSegment(c, c.req.valid('param').key), 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const input = c.req.valid('json');
  try {
    await c.var.repos.segments.create(input, c.var.caller.name);
  } catch (error) {
    if (error instanceof SegmentExistsError) throw new Problem(409, 'Segment exists', error.message, [{ field: 'key', message: 'already in use' }]);
    throw error;
  }
  return c.json(await refreshed(c, input.key), 201);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { key } = c.req.valid('param');
  await existingSegment(c, key);
  await c.var.repos.segments.update(key, c.req.valid('json'), c.var.caller.name);
  return c.json(await refreshed(c, key), 200);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { key } = c.req.valid('param');
  if (!(await c.var.repos.segments.remove(key))) throw notFound(`Segment "${key}"`);
  c.var.engine.forgetRules();
  return c.body(null, 204);
};
