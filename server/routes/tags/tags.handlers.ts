import type { AppRouteHandler } from '../../app-env';
import { existingContact } from '../../lib/existing-contact';
import { notFound } from '../../lib/problem';
import type * as routes from './tags.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.repos.tags.list() }, 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { tag, created } = await c.var.repos.tags.create(c.req.valid('json'));
  return created ? c.json(tag, 201) : c.json(tag, 200);
};

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  return c.json({ items: await c.var.repos.tags.ofContact(id) }, 200);
};

async function existingTag(c: Parameters<typeof existingContact>[0], slug: string) {
  const tag = await c.var.repos.tags.bySlug(slug);
  if (!tag) throw notFound(`Tag "${slug}"`);
  return tag;
}

export const apply: AppRouteHandler<typeof routes.apply> = async (c) => {
  const { id, slug } = c.req.valid('param');
  await existingContact(c, id);
  const tag = await existingTag(c, slug);
  await c.var.repos.tags.apply(id, tag.id, c.var.caller.name, c.req.valid('json').sourceHost);
  await c.var.engine.recompute([id]);
  return c.json({ items: await c.var.repos.tags.ofContact(id) }, 200);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id, slug } = c.req.valid('param');
  await existingContact(c, id);
  const tag = await existingTag(c, slug);
  await c.var.repos.tags.remove(id, tag.id);
  await c.var.engine.recompute([id]);
  return c.json({ items: await c.var.repos.tags.ofContact(id) }, 200);
};
