import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OFFERS } from '../../../shared/data/offers';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'offers@example.com', name: 'Offer Person' } })).json.id;
  await api.call('POST', `/v1/contacts/${personId}/deals`, { body: { title: 'Trial', stage: 'free_trial' } });
});
afterAll(() => api.close());

const offerOf = async () => (await api.card('offers@example.com')).offer;
const nowruz = {
  key: 'nowruz-trial', priority: 1, code: 'NOWRUZ30', package: null, segments: ['funnel:free_trial'], occasions: [],
  title: { en: 'Nowruz: 30% off', fa: 'نوروز: ۳۰٪ تخفیف' }, reason: { en: 'A Nowruz offer for trials.', fa: 'پیشنهاد نوروزی برای نسخه آزمایشی.' },
  validFrom: null, validTo: null, active: true,
};

describe('offers', () => {
  it('starts with the default offers and suggests the best that applies', async () => {
    const list = await api.call('GET', '/v1/offers', { as: 'viewer' });
    expect(list.json.items.map((o: { key: string }) => o.key)).toEqual(DEFAULT_OFFERS.map((o) => o.key));
    expect(list.json.items[0]).toMatchObject({ key: 'service_recovery', redemptions: 0 });
    expect(await offerOf()).toMatchObject({ key: 'trial_conversion', code: 'TRIAL20', title: { en: '20% off the first year' } });
  });

  it('adds an offer that wins by priority at once, with no recompute, then loses it when it expires or is switched off', async () => {
    const lastJob = (await api.call('GET', '/v1/recompute')).json.job?.id;
    const created = await api.call('POST', '/v1/offers', { as: 'manager', body: nowruz });
    expect(created.status).toBe(201);
    expect(await offerOf()).toMatchObject({ key: 'nowruz-trial', code: 'NOWRUZ30', title: { fa: 'نوروز: ۳۰٪ تخفیف' } });

    await api.call('PATCH', '/v1/offers/nowruz-trial', { body: { validTo: '2020-01-01', validFrom: '2019-12-01' } });
    expect((await offerOf()).key).toBe('trial_conversion');

    await api.call('PATCH', '/v1/offers/nowruz-trial', { body: { validTo: null, validFrom: null, active: false } });
    expect((await offerOf()).key).toBe('trial_conversion');
    expect((await api.call('GET', '/v1/recompute')).json.job?.id).toBe(lastJob);
  });

  it('matches offers against custom segments too, on the card and in the profile', async () => {
    const segment = {
      key: 'xs1', name: { en: 'Trial users', fa: 'کاربران آزمایشی' }, priority: 5, color: '#0f766e',
      rule: { '==': [{ var: 'profile.email' }, 'offers@example.com'] },
    };
    expect((await api.call('POST', '/v1/segments', { body: segment })).status).toBe(201);
    const forSegment = { ...nowruz, key: 'for-xs1', priority: 0, segments: ['segment:xs1'], code: 'XS1' };
    expect((await api.call('POST', '/v1/offers', { body: forSegment })).status).toBe(201);
    expect(await offerOf()).toMatchObject({ key: 'for-xs1', code: 'XS1', because: ['segment:xs1'] });
    expect((await api.call('GET', `/v1/contacts/${personId}/profile`)).json.scores.offer).toMatchObject({ key: 'for-xs1', because: ['segment:xs1'] });

    // Out of the segment, the built-in offer is back.
    await api.call('PATCH', '/v1/segments/xs1', { body: { rule: { '==': [{ var: 'profile.email' }, 'someone@else.example'] } } });
    expect((await offerOf()).key).toBe('trial_conversion');
    expect((await api.call('DELETE', '/v1/offers/for-xs1')).status).toBe(204);
    expect((await api.call('DELETE', '/v1/segments/xs1')).status).toBe(204);
  });

  it('records redemptions once per person and day, as events, and counts them', async () => {
    const first = await api.call('POST', '/v1/offers/trial_conversion/redemptions', { as: 'sales', body: { contactId: personId } });
    expect(first.json).toEqual({ recorded: true, redemptions: 1 });
    const again = await api.call('POST', '/v1/offers/trial_conversion/redemptions', { as: 'sales', body: { contactId: personId } });
    expect(again.json).toEqual({ recorded: false, redemptions: 1 });
    const events = await api.call('GET', `/v1/contacts/${personId}/events`);
    expect(events.json.items).toContainEqual(expect.objectContaining({ type: 'offer_redeemed', properties: { offer: 'trial_conversion' } }));
    expect((await api.call('GET', '/v1/offers/trial_conversion')).json.redemptions).toBe(1);
    expect((await api.call('POST', '/v1/offers/nope/redemptions', { body: { contactId: personId } })).status).toBe(404);
    expect((await api.call('POST', '/v1/offers/trial_conversion/redemptions', { body: { contactId: 99999 } })).status).toBe(404);
  });

  it('names what is wrong with an offer', async () => {
    const res = await api.call('POST', '/v1/offers', { body: { ...nowruz, key: 'Bad Key', segments: ['champions'], validFrom: '2026-05-01', validTo: '2026-04-01' } });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['key', 'segments[0]', 'validTo']);
    const window = await api.call('POST', '/v1/offers', { body: { ...nowruz, key: 'window', validFrom: '2026-05-01', validTo: '2026-04-01' } });
    expect(window.json.errors).toEqual([{ field: 'validTo', message: 'validTo must not be before validFrom' }]);
    const empty = await api.call('PATCH', '/v1/offers/nowruz-trial', { body: { segments: [] } });
    expect(empty.json.errors).toEqual([{ field: 'segments', message: 'an offer needs at least one segment or occasion' }]);
    expect((await api.call('POST', '/v1/offers', { body: nowruz })).status).toBe(409);
  });

  it('refuses a change that names no field it knows, and starts no recompute', async () => {
    const before = (await api.call('GET', '/v1/offers/nowruz-trial')).json;
    const lastJob = (await api.call('GET', '/v1/recompute')).json.job?.id;
    for (const body of [{}, { colour: 'red', priorty: 3 }]) {
      const res = await api.call('PATCH', '/v1/offers/nowruz-trial', { body });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'body', message: 'at least one field must be given' }]);
    }
    expect((await api.call('GET', '/v1/offers/nowruz-trial')).json).toEqual(before);
    expect((await api.call('GET', '/v1/recompute')).json.job?.id).toBe(lastJob);
  });

  it('removes an offer', async () => {
    expect((await api.call('DELETE', '/v1/offers/nowruz-trial')).status).toBe(204);
    expect((await api.call('GET', '/v1/offers/nowruz-trial')).status).toBe(404);
  });
});
