import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'timeline@example.com', name: 'Parisa Karimi' } })).json.id;
});
afterAll(() => api.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('timeline', () => {
  it('lists events, orders, surveys, deal stage changes and tags together, newest first, page by page', async () => {
    const sameInstant = daysAgo(9);
    await api.call('POST', '/v1/events', {
      body: {
        events: [
          { contactId: personId, type: 'email_open', occurredAt: sameInstant, idempotencyKey: 'tl-1' },
          { contactId: personId, type: 'email_click', properties: { campaign: 'نوروز' }, occurredAt: sameInstant, idempotencyKey: 'tl-2' },
          { contactId: personId, type: 'demo_request', occurredAt: '2025-01-05T10:00:00+03:30', idempotencyKey: 'tl-3' },
        ],
      },
    });
    await api.call('POST', `/v1/contacts/${personId}/orders`, {
      body: { externalId: 'tl-o1', amount: 120, currency: 'usd', orderedAt: daysAgo(5), lines: [{ sku: 'A-1', productLine: 'hosting', quantity: 2, unitPrice: 60 }] },
    });
    await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'nps', score: 9, comment: 'عالی', respondedAt: daysAgo(3) } });
    const deal = (await api.call('POST', `/v1/contacts/${personId}/deals`, { body: { title: 'Annual plan' } })).json;
    await api.call('PUT', `/v1/deals/${deal.id}/stage`, { body: { stage: 'free_trial' } });
    await api.call('POST', '/v1/tags', { body: { slug: 'vip', label: 'VIP', color: '#aa3366' } });
    await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { body: { sourceHost: 'mail.google.com' } });

    const seen: Array<Record<string, unknown>> = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await api.call('GET', `/v1/contacts/${personId}/timeline?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { as: 'viewer' });
      expect(res.status).toBe(200);
      expect(res.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json.items);
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen.map((e) => `${e.kind}`)).toEqual(['tag', 'deal_stage', 'deal_stage', 'survey', 'order', 'event', 'event', 'event']);
    const times = seen.map((e) => e.at as string);
    expect([...times].sort().reverse()).toEqual(times);

    expect(seen[0]).toMatchObject({ kind: 'tag', slug: 'vip', label: 'VIP', color: '#aa3366', appliedBy: 'admin (test)', sourceHost: 'mail.google.com' });
    expect(seen.slice(1, 3)).toMatchObject([
      { kind: 'deal_stage', dealId: deal.id, deal: 'Annual plan', fromStage: 'intro', toStage: 'free_trial', changedBy: 'admin (test)' },
      { kind: 'deal_stage', dealId: deal.id, deal: 'Annual plan', fromStage: null, toStage: 'intro' },
    ]);
    expect(seen[3]).toMatchObject({ kind: 'survey', surveyKind: 'nps', score: 9, comment: 'عالی' });
    expect(seen[4]).toMatchObject({ kind: 'order', externalId: 'tl-o1', amount: 120, currency: 'USD', lines: [{ sku: 'A-1', productLine: 'hosting', quantity: 2, unitPrice: 60 }] });
    // Two events at the same instant, split across pages, each once; an offset time is read as UTC.
    expect(seen.slice(5).map((e) => e.type).sort()).toEqual(['demo_request', 'email_click', 'email_open']);
    expect(seen.find((e) => e.type === 'email_click')).toMatchObject({ properties: { campaign: 'نوروز' }, at: sameInstant });
    expect(seen.at(-1)).toMatchObject({ type: 'demo_request', at: '2025-01-05T06:30:00.000Z' });
  });

  it('refuses a cursor it did not make and a limit out of range, naming the field', async () => {
    for (const [query, field] of [['cursor=12', 'cursor'], ['cursor=2025-01-01T00:00:00Z~call~3', 'cursor'], ['limit=0', 'limit'], ['limit=201', 'limit']] as const) {
      const res = await api.call('GET', `/v1/contacts/${personId}/timeline?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual([field]);
    }
    const bad = await api.call('GET', `/v1/contacts/${personId}/timeline?cursor=yesterday`);
    expect(bad.json.errors[0].message).toBe('must be a nextCursor from a page of this timeline');
  });

  it('is empty for a person with no history, 404 for nobody, and needs a token', async () => {
    const quiet = (await api.call('POST', '/v1/contacts', { body: { email: 'quiet@example.com', name: 'Quiet' } })).json;
    expect((await api.call('GET', `/v1/contacts/${quiet.id}/timeline`)).json).toEqual({ items: [], nextCursor: null });
    expect((await api.call('GET', '/v1/contacts/424242/timeline')).status).toBe(404);
  });
});
