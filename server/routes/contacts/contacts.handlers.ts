import type { Context } from 'hono';
import { explainScores } from '../../../shared/models/explain-scores';
import { suggestOffer } from '../../../shared/models/offer';
import type { AppEnv, AppRouteHandler } from '../../app-env';
import { EmailTakenError } from '../../db/repositories/contacts';
import { notFound, Problem } from '../../lib/problem';
import type * as routes from './contacts.routes';

/** An address that already names someone else is a 409 naming the field. */
async function guardEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof EmailTakenError) {
      throw new Problem(409, 'Email already in use', error.message, [{ field: 'email', message: `${error.email} belongs to contact ${error.contactId}` }]);
    }
    throw error;
  }
}

/** A companyId must name a company: a 400 naming the field, before anything is written. */
async function assertCompany(c: Context<AppEnv>, companyId: number | null | undefined) {
  if (companyId && !(await c.var.repos.companies.get(companyId))) {
    throw new Problem(400, 'Unknown company', `Company ${companyId} does not exist.`, [{ field: 'companyId', message: `company ${companyId} does not exist` }]);
  }
}

export const list: AppRouteHandler<typeof routes.list> = async (c) =>
  c.json(await c.var.repos.contacts.list(c.req.valid('query')), 200);

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const input = c.req.valid('json');
  await assertCompany(c, input.companyId);
  const contact = await guardEmail(() => c.var.repos.contacts.create(input));
  await c.var.engine.recompute([contact.id]);
  return c.json(contact, 201);
};

export const upsert: AppRouteHandler<typeof routes.upsert> = async (c) => {
  const input = c.req.valid('json');
  await assertCompany(c, input.companyId);
  const { contact, created } = await guardEmail(() => c.var.repos.contacts.upsertByEmail(input));
  await c.var.engine.recompute([contact.id]);
  return created ? c.json(contact, 201) : c.json(contact, 200);
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { id } = c.req.valid('param');
  const contact = await c.var.repos.contacts.get(id);
  if (!contact) throw notFound(`Contact ${id}`);
  return c.json(contact, 200);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  await assertCompany(c, input.companyId);
  const before = await c.var.repos.changes.emailsOf([id]);
  const contact = await guardEmail(() => c.var.repos.contacts.update(id, input));
  if (!contact) throw notFound(`Contact ${id}`);
  await c.var.engine.recompute([id]);
  // The recompute records the person's addresses; one no longer theirs is recorded here.
  const now = new Set([contact.email, ...contact.alternateEmails]);
  await c.var.repos.changes.record(before.filter((email) => !now.has(email)));
  return c.json(contact, 200);
};

export const profile: AppRouteHandler<typeof routes.profile> = async (c) => {
  const { id } = c.req.valid('param');
  const contact = await c.var.repos.contacts.get(id);
  if (!contact) throw notFound(`Contact ${id}`);
  const { repos } = c.var;
  const [tags, computed, segments, population, config, offers] = await Promise.all([
    repos.tags.ofContact(id), repos.scores.of(id), repos.scores.segmentsOf(id), repos.scores.population(), repos.config.all(), c.var.engine.offers(),
  ]);
  const stats = population?.stats ?? null;
  // What everyone's explanations share: the quintile cut points, value thresholds and fitted models they were measured against.
  const base = stats && (({ customers, rfmCuts, value, valueBasis, lifetimeModel }) => ({ customers, rfmCuts, value, valueBasis, lifetimeModel }))(stats);
  const scores = computed && {
    ...computed.scores, ...explainScores(computed.scores, config, stats), segments, offer: suggestOffer(new Set(segments), offers, new Date()),
  };
  return c.json({ contact, tags, computedAt: computed?.computedAt ?? null, scores, base }, 200);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id } = c.req.valid('param');
  const emails = await c.var.repos.changes.emailsOf([id]);
  if (!(await c.var.repos.contacts.remove(id))) throw notFound(`Contact ${id}`);
  // Badges of the erased person's addresses learn that nobody has them now.
  await c.var.repos.changes.record(emails);
  return c.body(null, 204);
};
