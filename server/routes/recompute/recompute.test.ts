import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ demo: true }); });
afterAll(() => api.close());

/** A full recompute, as a manager starts it, waited for. */
async function recomputeEveryone() {
  expect((await api.call('POST', '/v1/recompute', { as: 'manager' })).status).toBe(202);
  await api.services.jobs.settled();
  expect((await api.call('GET', '/v1/recompute')).json.job).toMatchObject({ state: 'done' });
}

const withPredictedValue = async () =>
  (await api.db.all<{ n: number }>(sql`select count(*) as n from contact_scores where predicted_value is not null`))[0]!.n;

async function personWithOrders(email: string, amounts: number[]) {
  const { json: person } = await api.call('POST', '/v1/contacts', { body: { email, name: 'Free Plan' } });
  for (const [i, amount] of amounts.entries()) {
    const order = { externalId: `${email}-${i}`, amount, currency: 'EUR', orderedAt: `2026-0${i + 1}-15T10:00:00Z` };
    expect((await api.call('POST', `/v1/contacts/${person.id}/orders`, { body: order })).status).toBe(201);
  }
  return person.id as number;
}

describe('a full recompute', () => {
  it('keeps predicting value for everyone when a repeat buyer has spent nothing, and values that buyer at the population mean spend', async () => {
    await recomputeEveryone();
    const before = await withPredictedValue();
    expect(before).toBeGreaterThan(1000);

    const id = await personWithOrders('free.plan@example.com', [0, 0]);
    await recomputeEveryone();

    expect(await withPredictedValue()).toBe(before + 1);
    const { json: profile } = await api.call('GET', `/v1/contacts/${id}/profile`);
    const { gammaGamma, explanation } = profile.base.lifetimeModel;
    expect(profile.base.valueBasis).toBe('predicted lifetime value');
    expect(profile.scores.lifetime.expectedAverageSpend).toBeCloseTo((gammaGamma.v * gammaGamma.p) / (gammaGamma.q - 1), 2);
    expect(profile.scores.lifetime.predictedValue).toBeGreaterThan(0);
    expect(explanation).toMatch(/the 1 without one are expected to spend the population mean/);
  });

  it('describes each discovered group truthfully: people created with nothing are not buyers, and no high-spending group has anyone who paid nothing', async () => {
    const created = await Promise.all(['new.one@example.com', 'new.two@example.com'].map(async (email) =>
      (await api.call('POST', '/v1/contacts', { body: { email, name: 'New Person' } })).json.id as number));
    await recomputeEveryone();

    for (const id of created) {
      const { json: profile } = await api.call('GET', `/v1/contacts/${id}/profile`);
      expect(profile.scores.group.description).toEqual({ en: 'No purchases yet', fa: 'هنوز بدون خرید' });
    }
    const { groups } = (await api.repos.scores.population())!.stats.groups!;
    const highSpending = groups.filter((g) => g.description.en.includes('high-spending')).map((g) => g.index);
    expect(highSpending.length).toBeGreaterThan(0);
    const [paidNothing] = await api.db.all<{ n: number }>(sql`
      select count(*) as n from contact_scores
      where discovered_group in (select value from json_each(${JSON.stringify(highSpending)})) and realised_revenue <= 0`);
    expect(paidNothing!.n).toBe(0);
  });

  it('refuses a negative order amount, naming it: an order records a purchase', async () => {
    const { json: person } = await api.call('POST', '/v1/contacts', { body: { email: 'refund@example.com', name: 'Refund' } });
    const res = await api.call('POST', `/v1/contacts/${person.id}/orders`, {
      body: { externalId: 'refund-1', amount: -20, currency: 'EUR', orderedAt: '2026-02-01T10:00:00Z' },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'amount', message: expect.stringMatching(/0 or more.*refund/i) }]);
  });
});
