import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

const sara = {
  email: '  Sara.Rezaei@Example.com ',
  name: 'سارا رضایی',
  honorific: 'dr',
  locale: 'fa',
  education: 'doctorate',
  city: 'تهران',
  country: 'ir',
  interests: ['art', 'travel'],
  alternateEmails: ['s.rezaei@example.org'],
  consentMarketing: true,
};

describe('contacts', () => {
  it('creates a person with a normalised address, defaults and alternates', async () => {
    const res = await api.call('POST', '/v1/contacts', { body: sara });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      email: 'sara.rezaei@example.com', name: 'سارا رضایی', honorific: 'dr', country: 'IR',
      alternateEmails: ['s.rezaei@example.org'], interests: ['art', 'travel'], needs: [], gender: null,
      consentProfiling: true, consentMarketing: true,
    });
    const read = await api.call('GET', `/v1/contacts/${res.json.id}`, { as: 'viewer' });
    expect(read.json).toEqual(res.json);
  });

  it('names every invalid field in a 400 problem and stores nothing', async () => {
    const res = await api.call('POST', '/v1/contacts', { body: { email: 'not-an-address', name: '', honorific: 'sir', interests: ['art', 'cooking'] } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'honorific', 'interests[1]', 'name']);
    expect(res.json.detail).toContain('email: must be an email address');
    const list = await api.call('GET', '/v1/contacts?q=not-an-address');
    expect(list.json.items).toEqual([]);
  });

  it('refuses an address that already names someone (primary or alternate) with 409', async () => {
    const res = await api.call('POST', '/v1/contacts', { body: { email: 's.rezaei@example.org', name: 'Someone Else' } });
    expect(res.status).toBe(409);
    expect(res.json.errors[0].field).toBe('email');
  });

  it('rejects a company that does not exist, naming companyId', async () => {
    const res = await api.call('POST', '/v1/contacts', { body: { email: 'x@example.com', name: 'X', companyId: 9999 } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'companyId', message: 'company 9999 does not exist' }]);
  });

  it('updates some fields and keeps the rest', async () => {
    const created = await api.call('POST', '/v1/contacts', { body: { email: 'ali.ahmadi@example.net', name: 'علی احمدی', locale: 'fa' } });
    const res = await api.call('PATCH', `/v1/contacts/${created.json.id}`, { body: { honorific: 'eng', jobLevel: 'director' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: 'علی احمدی', honorific: 'eng', jobLevel: 'director', locale: 'fa' });
    const empty = await api.call('PATCH', `/v1/contacts/${created.json.id}`, { body: {} });
    expect(empty.status).toBe(400);
    const missing = await api.call('PATCH', '/v1/contacts/424242', { body: { name: 'Nobody' } });
    expect(missing.status).toBe(404);
  });

  it('upserts by email: creates once, then updates whoever has the address', async () => {
    const first = await api.call('PUT', '/v1/contacts/by-email', { body: { email: 'emma.clarke@example.com', name: 'Emma Clarke' } });
    expect(first.status).toBe(201);
    const second = await api.call('PUT', '/v1/contacts/by-email', { body: { email: 'EMMA.CLARKE@example.com', name: 'Emma Clarke-Hughes', city: 'Leeds' } });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ id: first.json.id, name: 'Emma Clarke-Hughes', city: 'Leeds' });
  });

  it('lists with search, tag and segment filters and cursor pagination', async () => {
    for (let i = 0; i < 5; i++) await api.call('POST', '/v1/contacts', { body: { email: `page${i}@example.com`, name: `Page Person ${i}` } });
    const first = await api.call('GET', '/v1/contacts?q=page%20person&limit=2', { as: 'support' });
    expect(first.json.items.map((c: { name: string }) => c.name)).toEqual(['Page Person 0', 'Page Person 1']);
    const second = await api.call('GET', `/v1/contacts?q=page%20person&limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.items.map((c: { name: string }) => c.name)).toEqual(['Page Person 2', 'Page Person 3']);
    const last = await api.call('GET', `/v1/contacts?q=page%20person&limit=2&cursor=${second.json.nextCursor}`);
    expect(last.json).toMatchObject({ items: [{ name: 'Page Person 4' }], nextCursor: null });

    const persian = await api.call('GET', `/v1/contacts?q=${encodeURIComponent('رضایی')}`);
    expect(persian.json.items.map((c: { email: string }) => c.email)).toEqual(['sara.rezaei@example.com']);
    const literal = await api.call('GET', '/v1/contacts?q=%25');
    expect(literal.json.items).toEqual([]);

    const person = first.json.items[0];
    await api.call('POST', '/v1/tags', { body: { slug: 'vip', label: 'VIP' } });
    await api.call('PUT', `/v1/contacts/${person.id}/tags/vip`, { body: {} });
    const tagged = await api.call('GET', '/v1/contacts?tag=vip');
    expect(tagged.json.items.map((c: { id: number }) => c.id)).toEqual([person.id]);
    const inSegment = await api.call('GET', '/v1/contacts?segment=tag:vip');
    expect(inSegment.json.items.map((c: { id: number }) => c.id)).toEqual([person.id]);
    const leads = await api.call('GET', '/v1/contacts?segment=lifecycle:first_contact&limit=200');
    expect(leads.json.items.length).toBeGreaterThan(5);

    const bad = await api.call('GET', '/v1/contacts?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('limit');
    const notASegment = await api.call('GET', '/v1/contacts?segment=champions');
    expect(notASegment.json.errors).toEqual([{ field: 'segment', message: 'must be a segment as kind:key, e.g. rfm:champions' }]);
  });

  it('erases a person with everything recorded about them', async () => {
    const { json: p } = await api.call('POST', '/v1/contacts', { body: { email: 'erase.me@example.com', name: 'Erase Me' } });
    const at = new Date().toISOString();
    await api.call('POST', '/v1/events', { body: { events: [{ contactId: p.id, type: 'email_open', occurredAt: at, idempotencyKey: 'erase-1' }] } });
    await api.call('POST', `/v1/contacts/${p.id}/orders`, { body: { externalId: 'erase-o1', amount: 10, currency: 'USD', orderedAt: at } });
    await api.call('POST', `/v1/contacts/${p.id}/surveys`, { body: { kind: 'csat', score: 4, respondedAt: at } });
    await api.call('POST', `/v1/contacts/${p.id}/deals`, { body: { title: 'Erase deal' } });
    await api.call('PUT', `/v1/contacts/${p.id}/tags/vip`, { body: {} });

    expect((await api.call('DELETE', `/v1/contacts/${p.id}`)).status).toBe(204);
    expect((await api.call('GET', `/v1/contacts/${p.id}`)).status).toBe(404);
    const counts = await api.db.$client.execute({
      sql: `select (select count(*) from events where contact_id = ?1) + (select count(*) from orders where contact_id = ?1)
              + (select count(*) from surveys where contact_id = ?1) + (select count(*) from deals where contact_id = ?1)
              + (select count(*) from contact_tags where contact_id = ?1) + (select count(*) from contact_emails where contact_id = ?1)
              + (select count(*) from contact_scores where contact_id = ?1) + (select count(*) from contact_score_details where contact_id = ?1)
              + (select count(*) from custom_segment_members where contact_id = ?1) + (select count(*) from segment_memberships where contact_id = ?1) as n`,
      args: [p.id],
    });
    expect(counts.rows[0]!.n).toBe(0);
    const lookup = await api.call('POST', '/v1/lookup', { body: { emails: ['erase.me@example.com'] } });
    expect(lookup.json.results).toEqual([{ email: 'erase.me@example.com', known: false }]);
    expect((await api.call('DELETE', `/v1/contacts/${p.id}`)).status).toBe(404);
  });
});

describe('profile', () => {
  it('shows every score with its explanation and when it was computed', async () => {
    const { json: p } = await api.call('POST', '/v1/contacts', { body: { email: 'profile@example.com', name: 'Mina Tehrani', locale: 'fa', jobLevel: 'director' } });
    const at = new Date().toISOString();
    await api.call('POST', `/v1/contacts/${p.id}/orders`, { body: { externalId: 'pf-1', amount: 80, currency: 'USD', orderedAt: at } });
    await api.call('POST', `/v1/contacts/${p.id}/surveys`, { body: { kind: 'csat', score: 2, respondedAt: at } });
    const res = await api.call('GET', `/v1/contacts/${p.id}/profile`, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.json.contact).toMatchObject({ id: p.id, name: 'Mina Tehrani' });
    expect(Date.parse(res.json.computedAt)).toBeGreaterThan(Date.now() - 60_000);
    const { scores } = res.json;
    expect(scores.lead).toMatchObject({ fit: 10, reasons: [{ rule: 'jobLevel:director', points: 10 }] });
    expect(scores.explain.lead).toMatchObject({ windowDays: 90, halfLifeDays: 30 });
    expect(scores.satisfaction).toMatchObject({ segment: 'angry', because: 'survey' });
    expect(scores.explain.satisfaction).toMatchObject({ latestSurvey: { kind: 'csat', score: 2 }, recentComplaints: 0 });
    expect(scores.explain.lifecycle).toEqual({ orders: 1, daysSinceOrder: 0, rule: { stage: 'first_purchase', minOrders: 1 } });
    expect(scores.explain.rfm).toMatchObject({ frequency: 1, monetary: 80, recencyDays: 0 });
    expect(scores.offer).toMatchObject({ key: 'service_recovery', because: ['satisfaction:angry'] });
    expect(res.json.base).toMatchObject({ valueBasis: 'realised revenue', lifetimeModel: null, rfmCuts: { frequency: expect.any(Array) } });
    expect((await api.call('GET', '/v1/contacts/99999/profile')).status).toBe(404);
  });
});

describe('a contact\'s id in the path', () => {
  it('is a whole number in plain decimal: any other spelling names no one, for reads and deletes alike', async () => {
    const { json } = await api.call('POST', '/v1/contacts', { body: { email: 'decimal.id@example.com', name: 'Decimal Id' } });
    const spellings = [`0x${json.id.toString(16)}`, `${json.id}e0`, `%20${json.id}`, `000${json.id}`, `${json.id}.0`, `+${json.id}`, '0'];
    for (const spelled of spellings) {
      for (const method of ['GET', 'DELETE'] as const) {
        const res = await api.call(method, `/v1/contacts/${spelled}`);
        expect(res.status, `${method} ${spelled}`).toBe(400);
        expect(res.json.errors).toEqual([{ field: 'id', message: 'must be a positive whole number written in plain decimal' }]);
      }
    }
    expect((await api.call('GET', `/v1/contacts/${json.id}`)).json.email).toBe('decimal.id@example.com');
  });
});
