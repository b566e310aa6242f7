import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('POST /v1/lookup', () => {
  it('answers each address in order with what its badge shows, unknown ones plainly; the card has every score', async () => {
    const { json: co } = await api.call('POST', '/v1/companies', { body: { name: 'Parsian Tech', domain: 'parsian.example', size: '201-1000', industry: 'software' } });
    const { json: p } = await api.call('POST', '/v1/contacts', {
      body: { email: 'sara.rezaei@example.com', alternateEmails: ['sara@example.org'], name: 'سارا رضایی', honorific: 'dr', locale: 'fa', companyId: co.id, jobLevel: 'executive' },
    });
    for (let i = 0; i < 6; i++) {
      await api.call('POST', `/v1/contacts/${p.id}/orders`, { body: { externalId: `o-${i}`, amount: 250, currency: 'USD', orderedAt: daysAgo(5 + i * 20) } });
    }
    await api.call('POST', '/v1/events', { body: { events: [
      ...Array.from({ length: 4 }, (_, i) => ({ contactId: p.id, type: 'pricing_page_view', occurredAt: daysAgo(i + 1), idempotencyKey: `pv-${i}` })),
      { contactId: p.id, type: 'pricing_page_view', occurredAt: daysAgo(200), idempotencyKey: 'pv-old' },
      { contactId: p.id, type: 'demo_request', occurredAt: daysAgo(2), idempotencyKey: 'demo-1' },
    ] } });
    await api.call('POST', `/v1/contacts/${p.id}/surveys`, { body: { kind: 'nps', score: 2, comment: 'خیلی بد بود', respondedAt: daysAgo(1) } });
    await api.call('POST', `/v1/contacts/${p.id}/deals`, { body: { title: 'Renewal', stage: 'negotiation' } });

    const res = await api.call('POST', '/v1/lookup', { as: 'viewer', body: { emails: ['nobody@example.net', 'SARA@example.org', 'sara.rezaei@example.com'] } });
    expect(res.status).toBe(200);
    const [unknown, viaAlternate, known] = res.json.results;
    expect(unknown).toEqual({ email: 'nobody@example.net', known: false });
    expect(viaAlternate).toMatchObject({ email: 'sara@example.org', known: true, contactId: p.id });
    expect(known).toEqual({
      email: 'sara.rezaei@example.com', known: true, contactId: p.id, displayName: 'دکتر سارا رضایی', badges: expect.any(Array), leadScore: { score: 79 },
    });
    expect(known.badges[0]).toEqual({ kind: 'satisfaction', key: 'angry', label: 'Angry' });

    const card = (await api.call('GET', `/v1/contacts/${p.id}/card`, { as: 'viewer' })).json;
    expect(card).toMatchObject({
      email: 'sara.rezaei@example.com',
      known: true,
      contactId: p.id,
      displayName: 'دکتر سارا رضایی',
      badges: known.badges,
      locale: 'fa',
      company: 'Parsian Tech',
      // Engagement, fading with a 30-day half-life: 4 pricing views in the last 4 days (37.8, capped at 30)
      // and a demo request 2 days ago (23.9 → 24); fit: 15 (executive) + 10 (201-1000 people) = 79.
      leadScore: { score: 79, band: 'hot', engagement: 54, fit: 25, grade: 'A1', qualification: 'sql' },
      satisfaction: { segment: 'angry', kind: 'nps', score: 2 },
      lifetimeValue: { realised: 1500, orders: 6 },
      lifecycle: 'loyal',
      funnel: { stage: 'negotiation', deal: 'Renewal' },
      offer: { key: 'service_recovery', code: null },
    });
    expect(card.leadScore.reasons[0]).toEqual({ rule: 'pricing_page_view', count: 4, points: 30 });
    expect(card.rfm).toMatchObject({ segment: expect.any(String) });
    expect(Date.parse(card.computedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('rejects an empty list, more than 500 addresses, and non-addresses by index', async () => {
    const empty = await api.call('POST', '/v1/lookup', { body: { emails: [] } });
    expect(empty.status).toBe(400);
    expect(empty.json.errors[0].field).toBe('emails');
    const many = await api.call('POST', '/v1/lookup', { body: { emails: Array.from({ length: 501 }, (_, i) => `p${i}@example.com`) } });
    expect(many.status).toBe(400);
    const bad = await api.call('POST', '/v1/lookup', { body: { emails: ['ok@example.com', 'not an address'] } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([{ field: 'emails[1]', message: 'must be an email address' }]);
  });

  it('answers 500 addresses in one call', async () => {
    const emails = Array.from({ length: 500 }, (_, i) => `bulk${i}@example.com`);
    const res = await api.call('POST', '/v1/lookup', { body: { emails } });
    expect(res.json.results).toHaveLength(500);
  });
});

describe('up-sell', () => {
  it('suggests the next plan up in the workspace\'s price ladders', async () => {
    await api.call('PUT', '/v1/rules/price-ladders', { body: { value: [{ line: 'crm', tiers: [{ item: 'CRM-BASIC', price: 29 }, { item: 'CRM-TEAM', price: 119 }, { item: 'CRM-BUSINESS', price: 349 }] }] } });
    await api.services.jobs.settled();
    const { json: p } = await api.call('POST', '/v1/contacts', { body: { email: 'upgrade@example.com', name: 'Up Grade' } });
    await api.call('POST', `/v1/contacts/${p.id}/orders`, {
      body: { externalId: 'up-1', amount: 29, currency: 'USD', lines: [{ sku: 'CRM-BASIC', productLine: 'crm', quantity: 1, unitPrice: 29 }], orderedAt: new Date().toISOString() },
    });
    expect((await api.card('upgrade@example.com')).upSell).toEqual([{ item: 'CRM-TEAM', from: 'CRM-BASIC', line: 'crm', priceStep: 90 }]);
  });
});
