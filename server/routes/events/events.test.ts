import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'events@example.com', name: 'Event Person' } })).json.id;
});
afterAll(() => api.close());

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe('events', () => {
  it('ingests a batch once per idempotency key and rescores the person', async () => {
    const events = [
      { contactId: personId, type: 'pricing_page_view', properties: { page: '/pricing' }, occurredAt: at(3), idempotencyKey: 'k1' },
      { contactId: personId, type: 'pricing_page_view', occurredAt: at(2), idempotencyKey: 'k2' },
      { contactId: personId, type: 'webinar_attended', occurredAt: at(1), idempotencyKey: 'k3' },
    ];
    const first = await api.call('POST', '/v1/events', { body: { events } });
    expect(first.json).toEqual({ accepted: 3, duplicates: 0 });
    const again = await api.call('POST', '/v1/events', { body: { events } });
    expect(again.json).toEqual({ accepted: 0, duplicates: 3 });

    const list = await api.call('GET', `/v1/contacts/${personId}/events?limit=2`, { as: 'viewer' });
    expect(list.json.items.map((e: { idempotencyKey: string }) => e.idempotencyKey)).toEqual(['k3', 'k2']);
    const rest = await api.call('GET', `/v1/contacts/${personId}/events?limit=2&cursor=${list.json.nextCursor}`);
    expect(rest.json.items).toEqual([expect.objectContaining({ idempotencyKey: 'k1', properties: { page: '/pricing' } })]);

    expect((await api.card('events@example.com')).leadScore).toMatchObject({ score: 20, reasons: [{ rule: 'pricing_page_view', count: 2, points: 20 }] });
  });

  it('records nothing when any event is invalid or names an unknown person', async () => {
    const bad = await api.call('POST', '/v1/events', { body: { events: [
      { contactId: personId, type: 'email_open', occurredAt: at(1), idempotencyKey: 'ok-1' },
      { contactId: personId, type: 'Email Open', occurredAt: 'yesterday', idempotencyKey: '' },
    ] } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field)).toEqual(['events[1].type', 'events[1].occurredAt', 'events[1].idempotencyKey']);
    const unknown = await api.call('POST', '/v1/events', { body: { events: [
      { contactId: personId, type: 'email_open', occurredAt: at(1), idempotencyKey: 'ok-2' },
      { contactId: 424242, type: 'email_open', occurredAt: at(1), idempotencyKey: 'ok-3' },
    ] } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors).toEqual([{ field: 'events[1].contactId', message: 'contact 424242 does not exist' }]);
    const list = await api.call('GET', `/v1/contacts/${personId}/events`);
    expect(list.json.items.map((e: { idempotencyKey: string }) => e.idempotencyKey)).not.toContain('ok-2');
  });

  it('refuses properties nested too deep or too large, naming the field, and records nothing', async () => {
    // Written out by hand: JSON.stringify itself cannot nest 10,000 levels.
    const deep = `${'{"level":'.repeat(10_000)}"bottom"${'}'.repeat(10_000)}`;
    const body = (properties: string) => `{"events": [
      ${JSON.stringify({ contactId: personId, type: 'email_open', occurredAt: at(1), idempotencyKey: 'fine-1', properties: { page: '/a' } })},
      ${JSON.stringify({ contactId: personId, type: 'email_open', occurredAt: at(1), idempotencyKey: 'bounded-1' }).slice(0, -1)}, "properties": ${properties}}
    ]}`;
    const tooDeep = await api.call('POST', '/v1/events', { body: body(deep) });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.json.errors).toEqual([{ field: 'events[1].properties', message: 'must nest at most 10 levels deep' }]);
    const tooLarge = await api.call('POST', '/v1/events', { body: body(JSON.stringify({ note: 'x'.repeat(40_000) })) });
    expect(tooLarge.json.errors).toEqual([{ field: 'events[1].properties', message: 'must be at most 32 KB as JSON' }]);
    const list = await api.call('GET', `/v1/contacts/${personId}/events`);
    expect(list.json.items.map((e: { idempotencyKey: string }) => e.idempotencyKey)).not.toContain('fine-1');
    // Ten levels are kept exactly.
    let ten: unknown = 1;
    for (let i = 0; i < 9; i++) ten = { n: ten };
    expect((await api.call('POST', '/v1/events', { body: body(JSON.stringify(ten)) })).json).toEqual({ accepted: 2, duplicates: 0 });
  });
});
