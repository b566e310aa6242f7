import { CONFIG_SCHEMAS, ConfigKey } from '../../../shared/schemas/config';
import type { AppRouteHandler } from '../../app-env';
import { validationProblem } from '../../lib/problem';
import type * as routes from './config.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const items = await Promise.all(ConfigKey.options.map(async (key) => ({ key, ...(await c.var.repos.config.get(key)) })));
  return c.json({ items }, 200);
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { key } = c.req.valid('param');
  return c.json({ key, ...(await c.var.repos.config.get(key)) }, 200);
};

/**
 * New rules change everyone's scores: the engine reads them again and
 * recomputes the base. The currency changes how amounts are written, not
 * what they are.
 */
function applied(c: Parameters<AppRouteHandler<typeof routes.get>>[0], key: ConfigKey) {
  c.var.engine.forgetRules();
  if (key !== 'money') c.var.jobs.start('rules changed');
}

export const replace: AppRouteHandler<typeof routes.replace> = async (c) => {
  const { key } = c.req.valid('param');
  const parsed = CONFIG_SCHEMAS[key].safeParse(c.req.valid('json').value);
  if (!parsed.success) throw validationProblem(parsed.error, 'json', ['value']);
  await c.var.repos.config.set(key, parsed.data as never, c.var.caller.name);
  applied(c, key);
  return c.json({ key, ...(await c.var.repos.config.get(key)) }, 200);
};

export const reset: AppRouteHandler<typeof routes.reset> = async (c) => {
  const { key } = c.req.valid('param');
  await c.var.repos.config.reset(key);
  applied(c, key);
  return c.json({ key, ...(await c.var.repos.config.get(key)) }, 200);
};
