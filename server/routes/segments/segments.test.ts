import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
const ids: Record<string, number> = {};
beforeAll(async () => {
  api = await startTestApi();
  const people: Array<[email: string, name: string, city: string]> = [
    ['reza@example.com', 'رضا محمدی', 'تهران'], ['anna@example.com', 'Anna Berg', 'Berlin'], ['omid@example.com', 'امید نوری', 'تهران'],
  ];
  for (const [email, name, city] of people) {
    ids[email] = (await api.call('POST', '/v1/contacts', { body: { email, name, city, locale: name.startsWith('A') ? 'en' : 'fa' } })).json.id;
  }
});
afterAll(() => api.close());

const tehranPricing = {
  key: 'tehran-pricing',
  name: { en: 'Tehran, eyeing prices', fa: 'تهرانی‌های پیگیر قیمت' },
  rule: { and: [{ '==': [{ var: 'profile.city' }, 'تهران'] }, { '>=': [{ events_in_last_days: ['pricing_page_view', 30] }, 1] }] },
  priority: 0,
  color: '#7c3aed',
};
const badgesOf = async (email: string) => (await api.call('POST', '/v1/lookup', { body: { emails: [email] } })).json.results[0].badges;
const view = (email: string, minutesAgo = 5) => api.call('POST', '/v1/events', {
  body: { events: [{ contactId: ids[email], type: 'pricing_page_view', occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), idempotencyKey: `${email}-${minutesAgo}` }] },
});

describe('custom segments', () => {
  it('previews how many people a rule selects, without saving it', async () => {
    await view('reza@example.com');
    const res = await api.call('POST', '/v1/segments/preview', { as: 'viewer', body: { rule: tehranPricing.rule } });
    expect(res.json).toEqual({ count: 1, sample: [{ id: ids['reza@example.com'], email: 'reza@example.com', name: 'رضا محمدی' }] });
    expect((await api.call('GET', '/v1/segments')).json.items).toEqual([]);
  });

  it('computes the members at once and shows the segment first among their badges, in both languages', async () => {
    const res = await api.call('POST', '/v1/segments', { as: 'manager', body: tehranPricing });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ key: 'tehran-pricing', members: 1, updatedBy: 'manager (test)' });
    expect((await badgesOf('reza@example.com'))[0]).toEqual({ kind: 'segment', key: 'tehran-pricing', label: 'Tehran, eyeing prices', labelFa: 'تهرانی‌های پیگیر قیمت' });
    expect((await badgesOf('omid@example.com')).map((b: { kind: string }) => b.kind)).not.toContain('segment');
    const members = await api.call('GET', '/v1/contacts?segment=segment:tehran-pricing');
    expect(members.json.items.map((c: { email: string }) => c.email)).toEqual(['reza@example.com']);
  });

  it('keeps a person\'s membership fresh as their data changes, and through a full recompute', async () => {
    await view('omid@example.com');
    expect((await badgesOf('omid@example.com'))[0]).toMatchObject({ kind: 'segment', key: 'tehran-pricing' });
    await api.call('POST', '/v1/recompute');
    await api.services.jobs.settled();
    expect((await api.call('GET', '/v1/segments/tehran-pricing')).json.members).toBe(2);
    await api.call('PATCH', `/v1/contacts/${ids['omid@example.com']}`, { body: { city: 'Shiraz' } });
    expect((await badgesOf('omid@example.com')).map((b: { kind: string }) => b.kind)).not.toContain('segment');
  });

  it('orders badges by the segment\'s priority', async () => {
    await api.call('PATCH', '/v1/segments/tehran-pricing', { body: { priority: 500 } });
    const badges = await badgesOf('reza@example.com');
    expect(badges.at(-1)).toMatchObject({ kind: 'segment' });
  });

  it('names what is wrong with a rule, and stores nothing', async () => {
    const res = await api.call('POST', '/v1/segments', { body: { ...tehranPricing, key: 'broken', rule: { and: [{ '==': [{ var: 'profile.cty' }, 'x'] }, { map: [] }] } } });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['rule.and[0].==[0].var', 'rule.and[1]']);
    expect(res.json.errors[0].message).toContain('unknown field "profile.cty"');
    expect((await api.call('GET', '/v1/segments/broken')).status).toBe(404);
    const window = await api.call('POST', '/v1/segments/preview', { body: { rule: { '>': [{ events_in_last_days: ['pricing_page_view', 'thirty'] }, 1] } } });
    expect(window.status).toBe(400);
  });

  it('refuses a change that names no field it knows', async () => {
    for (const body of [{}, { prio: 1 }]) {
      const res = await api.call('PATCH', '/v1/segments/tehran-pricing', { body });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'body', message: 'at least one field must be given' }]);
    }
  });

  it('refuses a second segment with the same key, and takes the badges of a removed one away', async () => {
    expect((await api.call('POST', '/v1/segments', { body: tehranPricing })).status).toBe(409);
    expect((await api.call('DELETE', '/v1/segments/tehran-pricing')).status).toBe(204);
    expect((await badgesOf('reza@example.com')).map((b: { kind: string }) => b.kind)).not.toContain('segment');
  });
});
