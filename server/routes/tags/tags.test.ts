import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'tagged@example.com', name: 'Tagged Person' } })).json.id;
});
afterAll(() => api.close());

describe('tags', () => {
  it('creates tags idempotently, Persian slugs included, and lists them', async () => {
    const first = await api.call('POST', '/v1/tags', { as: 'support', body: { slug: 'VIP', label: 'VIP', color: '#d4a017' } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ slug: 'vip', label: 'VIP', color: '#d4a017' });
    const again = await api.call('POST', '/v1/tags', { as: 'sales', body: { slug: 'vip', label: 'Other label' } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: first.json.id, label: 'VIP' });
    expect((await api.call('POST', '/v1/tags', { body: { slug: 'مشتری-ویژه', label: 'مشتری ویژه' } })).status).toBe(201);
    const list = await api.call('GET', '/v1/tags', { as: 'viewer' });
    expect(list.json.items.map((t: { slug: string }) => t.slug)).toEqual(['vip', 'مشتری-ویژه']);
  });

  it('names a bad slug or colour', async () => {
    const res = await api.call('POST', '/v1/tags', { body: { slug: 'has space', label: 'x', color: 'red' } });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['slug', 'color']);
  });

  it('applies and removes a tag idempotently, recording who, when and from which host', async () => {
    const apply = () => api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: { sourceHost: 'Mail.Google.com' } });
    const first = await apply();
    expect(first.status).toBe(200);
    expect(first.json.items).toEqual([expect.objectContaining({ slug: 'vip', appliedBy: 'sales (test)', sourceHost: 'mail.google.com' })]);
    const second = await apply();
    expect(second.json.items).toEqual(first.json.items);
    const lookup = await api.call('POST', '/v1/lookup', { body: { emails: ['tagged@example.com'] } });
    expect(lookup.json.results[0].badges).toContainEqual({ kind: 'tag', key: 'vip', label: 'VIP' });

    expect((await api.call('DELETE', `/v1/contacts/${personId}/tags/vip`, { as: 'support' })).json.items).toEqual([]);
    expect((await api.call('DELETE', `/v1/contacts/${personId}/tags/vip`, { as: 'support' })).status).toBe(200);
    expect((await api.call('GET', `/v1/contacts/${personId}/tags`)).json.items).toEqual([]);
  });

  it('refuses a full URL as the source host and unknown tags or people', async () => {
    const url = await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { body: { sourceHost: 'https://mail.google.com/mail/u/0' } });
    expect(url.status).toBe(400);
    expect(url.json.errors[0].field).toBe('sourceHost');
    expect((await api.call('PUT', `/v1/contacts/${personId}/tags/nope`, { body: {} })).status).toBe(404);
    expect((await api.call('PUT', '/v1/contacts/99999/tags/vip', { body: {} })).status).toBe(404);
  });

  it('lets viewers read but not tag', async () => {
    expect((await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'viewer', body: {} })).status).toBe(403);
    expect((await api.call('POST', '/v1/tags', { as: 'viewer', body: { slug: 'x', label: 'x' } })).status).toBe(403);
    expect((await api.call('GET', '/v1/tags', { as: null })).status).toBe(401);
  });
});
