import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'buyer@example.com', name: 'Buyer' } })).json.id;
});
afterAll(() => api.close());

const order = (externalId: string, daysAgo: number) => ({
  externalId, amount: 120.5, currency: 'usd',
  lines: [{ sku: 'CRM-PRO', productLine: 'crm', quantity: 1, unitPrice: 120.5 }],
  orderedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
});

describe('orders', () => {
  it('records orders with their lines and lists them newest first', async () => {
    const first = await api.call('POST', `/v1/contacts/${personId}/orders`, { body: order('A-1', 10) });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ contactId: personId, externalId: 'A-1', currency: 'USD', lines: [{ sku: 'CRM-PRO', quantity: 1 }] });
    await api.call('POST', `/v1/contacts/${personId}/orders`, { body: order('A-2', 1) });
    const list = await api.call('GET', `/v1/contacts/${personId}/orders`, { as: 'viewer' });
    expect(list.json.items.map((o: { externalId: string }) => o.externalId)).toEqual(['A-2', 'A-1']);
    expect(list.json.items[1].lines).toEqual(order('A-1', 0).lines);
    expect(await api.card('buyer@example.com')).toMatchObject({ lifetimeValue: { realised: 241, orders: 2 }, lifecycle: 'repeat' });
  });

  it('refuses a second order with the same external id with 409, changing nothing', async () => {
    const res = await api.call('POST', `/v1/contacts/${personId}/orders`, { body: order('A-1', 0) });
    expect(res.status).toBe(409);
    expect(res.json.errors).toEqual([{ field: 'externalId', message: 'already recorded' }]);
    expect((await api.call('GET', `/v1/contacts/${personId}/orders`)).json.items.map((o: { externalId: string }) => o.externalId)).toEqual(['A-2', 'A-1']);
  });

  it('stores a time given with an offset as the same instant in UTC, as every time is stored', async () => {
    const res = await api.call('POST', `/v1/contacts/${personId}/orders`, { body: { ...order('TZ-1', 0), orderedAt: '2026-03-20T23:30:00+03:30' } });
    expect(res.status).toBe(201);
    expect(res.json.orderedAt).toBe('2026-03-20T20:00:00.000Z');
    const [stored] = await api.db.all<{ orderedAt: string }>(sql`select ordered_at as orderedAt from orders where external_id = 'TZ-1'`);
    expect(stored!.orderedAt).toBe('2026-03-20T20:00:00.000Z');
  });

  it('names bad fields, including inside lines', async () => {
    const res = await api.call('POST', `/v1/contacts/${personId}/orders`, {
      body: { ...order('B-1', 0), amount: -5, currency: 'dollars', lines: [{ sku: '', productLine: 'crm', quantity: 0, unitPrice: 1 }] },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['amount', 'currency', 'lines[0].sku', 'lines[0].quantity']);
  });

  it('404s for an unknown person', async () => {
    expect((await api.call('POST', '/v1/contacts/99999/orders', { body: order('C-1', 0) })).status).toBe(404);
  });
});
