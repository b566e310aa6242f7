import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_SCORING } from '../../../shared/data/lead-scoring-rules';
import { RFM_SEGMENT_MAP } from '../../../shared/data/rfm-segment-map';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

describe('rules', () => {
  it('lists every rules document, the defaults while nothing was changed', async () => {
    const res = await api.call('GET', '/v1/rules', { as: 'viewer' });
    expect(res.json.items.map((d: { key: string }) => d.key)).toEqual(['rfm-segment-map', 'lead-scoring', 'lifecycle', 'value-tiers', 'satisfaction', 'funnel', 'occasions', 'price-ladders', 'money']);
    expect(res.json.items[1]).toEqual({ key: 'lead-scoring', value: LEAD_SCORING, updatedAt: null, updatedBy: null });
  });

  it('replaces lead scoring rules and rescores everyone with them', async () => {
    const { json: p } = await api.call('POST', '/v1/contacts', { body: { email: 'rules@example.com', name: 'Rules' } });
    await api.call('POST', '/v1/events', { body: { events: [{ contactId: p.id, type: 'webinar_attended', occurredAt: new Date().toISOString(), idempotencyKey: 'w1' }] } });
    expect((await api.card('rules@example.com')).leadScore.score).toBe(0);

    const rules = { ...LEAD_SCORING, engagement: [...LEAD_SCORING.engagement, { event: 'webinar_attended', points: 15, cap: 30 }] };
    const res = await api.call('PUT', '/v1/rules/lead-scoring', { as: 'manager', body: { value: rules } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ key: 'lead-scoring', value: rules, updatedBy: 'manager (test)' });
    await api.services.jobs.settled();
    expect((await api.card('rules@example.com')).leadScore.reasons).toEqual([{ rule: 'webinar_attended', count: 1, points: 15 }]);

    const reset = await api.call('DELETE', '/v1/rules/lead-scoring');
    expect(reset.json).toMatchObject({ value: LEAD_SCORING, updatedAt: null });
    await api.services.jobs.settled();
    expect((await api.card('rules@example.com')).leadScore.score).toBe(0);
  });

  it('keeps the currency amounts are written in, without rescoring anyone, and refuses a code that is no currency', async () => {
    await api.call('PUT', '/v1/contacts/by-email', { body: { email: 'money@example.com', name: 'Money' } });
    await api.services.jobs.settled();
    const jobBefore = api.services.jobs.current()?.id;
    const lookup = async () => (await api.card('money@example.com')).lifetimeValue.currency;
    expect(await lookup()).toBe('USD');

    const res = await api.call('PUT', '/v1/rules/money', { as: 'manager', body: { value: { currency: 'irr' } } });
    expect(res.json).toMatchObject({ key: 'money', value: { currency: 'IRR' } });
    expect(api.services.jobs.current()?.id).toBe(jobBefore);
    expect(await lookup()).toBe('IRR');

    const bad = await api.call('PUT', '/v1/rules/money', { as: 'manager', body: { value: { currency: 'XYZ1' } } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toContainEqual({ field: 'value.currency', message: 'must be an ISO 4217 code' });
    await api.call('DELETE', '/v1/rules/money');
    expect(await lookup()).toBe('USD');
  });

  it('names what is wrong with invalid rules and keeps the old ones', async () => {
    const gap = await api.call('PUT', '/v1/rules/rfm-segment-map', { body: { value: RFM_SEGMENT_MAP.slice(1) } });
    expect(gap.status).toBe(400);
    expect(gap.json.errors).toContainEqual({ field: 'value', message: 'cell R5 F4 is in 0 segments; it must be in exactly one' });
    const sign = await api.call('PUT', '/v1/rules/lead-scoring', { body: { value: { ...LEAD_SCORING, engagement: [{ event: 'unsubscribe', points: -20, cap: 20 }] } } });
    expect(sign.json.errors).toEqual([{ field: 'value.engagement[0].cap', message: 'cap must have the sign of points' }]);
    const key = await api.call('GET', '/v1/rules/colours');
    expect(key.status).toBe(400);
    expect(key.json.errors[0].field).toBe('key');
    expect((await api.call('GET', '/v1/rules/rfm-segment-map')).json.updatedAt).toBeNull();
  });
});

describe('recompute', () => {
  it('recomputes everyone on demand and reports progress', async () => {
    const started = await api.call('POST', '/v1/recompute', { as: 'manager' });
    expect(started.status).toBe(202);
    expect(started.json).toMatchObject({ state: 'running', reason: 'requested by manager (test)' });
    await api.services.jobs.settled();
    const status = await api.call('GET', '/v1/recompute', { as: 'viewer' });
    const contacts = (await api.call('GET', '/v1/contacts?limit=200')).json.items.length;
    expect(status.json.job).toMatchObject({ id: started.json.id, state: 'done', done: contacts, total: contacts, error: null });
  });
});
