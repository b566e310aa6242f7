import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';
import { Env } from '../../env';
import { startServer } from '../../index';

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

describe('answers kept between lookups', () => {
  it('show every change at once, made by this server or another sharing the database', async () => {
    await api.call('POST', '/v1/segments', { body: {
      key: 'in-shiraz', name: { en: 'In Shiraz', fa: 'شیرازی‌ها' }, rule: { '==': [{ var: 'profile.city' }, 'Shiraz'] }, priority: 0, color: '#0f766e',
    } });
    const other = await startServer(Env.parse({ PORT: '0', DATABASE_URL: api.databaseUrl, SEGLENS_DEMO: '0', RECOMPUTE_EVERY_MINUTES: '0' }));
    try {
      const { json: person } = await api.call('POST', '/v1/contacts', { body: { email: 'kept@example.com', name: 'Kept Person', city: 'Shiraz' } });
      await api.call('POST', '/v1/tags', { body: { slug: 'renewal-due', label: 'Renewal due' } });
      const { json: { token } } = await api.call('POST', '/v1/tokens', { body: { name: 'both servers', role: 'viewer' } });
      // Each address is asked of both servers before the change, so both have an answer kept.
      const lookup = async (email: string) => {
        const [here, there] = await Promise.all([api.url, other.url].map(async (url) => {
          const res = await fetch(`${url}/v1/lookup`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ emails: [email] }) });
          return (await res.json()).results[0];
        }));
        expect(there).toEqual(here);
        return here;
      };
      const keys = async (email: string) => (await lookup(email)).badges.map((b: { kind: string; key: string }) => `${b.kind}:${b.key}`);

      expect(await keys('kept@example.com')).toContain('segment:in-shiraz');
      await api.call('PUT', `/v1/contacts/${person.id}/tags/renewal-due`, { body: {} });
      expect(await keys('kept@example.com')).toContain('tag:renewal-due');

      await api.call('PATCH', `/v1/contacts/${person.id}`, { body: { city: 'Tabriz' } });
      expect(await keys('kept@example.com')).not.toContain('segment:in-shiraz');

      expect(await lookup('kept.too@example.org')).toEqual({ email: 'kept.too@example.org', known: false });
      await api.call('PATCH', `/v1/contacts/${person.id}`, { body: { alternateEmails: ['kept.too@example.org'] } });
      expect(await lookup('kept.too@example.org')).toMatchObject({ known: true, contactId: person.id });
      await api.call('PATCH', `/v1/contacts/${person.id}`, { body: { alternateEmails: [] } });
      expect(await lookup('kept.too@example.org')).toEqual({ email: 'kept.too@example.org', known: false });

      expect(await keys('kept@example.com')).not.toContain('segment:in-shiraz');
      await api.call('PATCH', '/v1/segments/in-shiraz', { body: { rule: { '==': [{ var: 'profile.city' }, 'Tabriz'] } } });
      expect(await keys('kept@example.com')).toContain('segment:in-shiraz');

      expect((await api.call('DELETE', `/v1/contacts/${person.id}`)).status).toBe(204);
      expect(await lookup('kept@example.com')).toEqual({ email: 'kept@example.com', known: false });
    } finally {
      await other.close();
      other.db.$client.close();
    }
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
