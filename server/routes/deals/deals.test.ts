import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'prospect@example.com', name: 'Prospect' } })).json.id;
});
afterAll(() => api.close());

const funnelOf = () => api.card('prospect@example.com');

describe('deals', () => {
  it('opens a deal and records every stage change in its history', async () => {
    const opened = await api.call('POST', `/v1/contacts/${personId}/deals`, { body: { title: 'Pilot', amount: 12000 } });
    expect(opened.status).toBe(201);
    expect(opened.json).toMatchObject({ stage: 'intro', currency: 'USD', history: [{ fromStage: null, toStage: 'intro', changedBy: 'admin (test)' }] });
    const id = opened.json.id;

    const trial = await api.call('PUT', `/v1/deals/${id}/stage`, { as: 'manager', body: { stage: 'free_trial' } });
    expect(trial.json.history.map((h: { toStage: string }) => h.toStage)).toEqual(['intro', 'free_trial']);
    expect((await funnelOf()).funnel).toMatchObject({ stage: 'free_trial', deal: 'Pilot' });
    expect((await funnelOf()).offer).toMatchObject({ key: 'trial_conversion', code: 'TRIAL20' });

    const same = await api.call('PUT', `/v1/deals/${id}/stage`, { body: { stage: 'free_trial' } });
    expect(same.json.history).toHaveLength(2);

    const signed = await api.call('PUT', `/v1/deals/${id}/stage`, { body: { stage: 'contract_signed' } });
    expect(signed.json.history.at(-1)).toMatchObject({ fromStage: 'free_trial', toStage: 'contract_signed', changedBy: 'admin (test)' });
    expect((await funnelOf()).funnel).toBeNull();

    const list = await api.call('GET', `/v1/contacts/${personId}/deals`, { as: 'viewer' });
    expect(list.json.items).toEqual([signed.json]);
  });

  it('names a stage that does not exist, and 404s an unknown deal', async () => {
    const bad = await api.call('PUT', '/v1/deals/1/stage', { body: { stage: 'won' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('stage');
    expect((await api.call('PUT', '/v1/deals/9999/stage', { body: { stage: 'lost' } })).status).toBe(404);
  });
});
