import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../../shared/extension-id';
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
});

describe('tag writes with an Idempotency-Key', () => {
  const key = (name: string) => ({ 'idempotency-key': `outbox-${name}-0000` });

  it('applies a tag once however often it is sent, and answers a retry as the first time', async () => {
    const tagVip = () => api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: { sourceHost: 'mail.google.com' }, headers: key('a') });
    const first = await tagVip();
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Removed meanwhile: a late retry of the first request must not put it back.
    await api.call('DELETE', `/v1/contacts/${personId}/tags/vip`, { as: 'sales' });
    const retry = await tagVip();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json).toEqual(first.json);
    expect((await api.call('GET', `/v1/contacts/${personId}/tags`)).json.items).toEqual([]);
  });

  it('keeps a refusal as the answer, and each token\'s keys apart', async () => {
    const unknownTag = () => api.call('PUT', `/v1/contacts/${personId}/tags/nope`, { as: 'support', body: {}, headers: key('b') });
    expect((await unknownTag()).status).toBe(404);
    const again = await unknownTag();
    expect(again.status).toBe(404);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json.title).toBe('Not found');
    // Another token's request under the same key is its own.
    const other = await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: {}, headers: key('b') });
    expect(other.status).toBe(200);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a key sent again with another request, and names a malformed key', async () => {
    await api.call('DELETE', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', headers: key('c') });
    const reused = await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: {}, headers: key('c') });
    expect(reused.status).toBe(422);
    expect(reused.json.errors[0].field).toBe('idempotency-key');
    const malformed = await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: {}, headers: { 'idempotency-key': 'short' } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors[0].field).toBe('idempotency-key');
  });

  it('creates a person once under a key, and answers the extension\'s origin on a retry too', async () => {
    const origin = `chrome-extension://${CHROME_EXTENSION_ID}`;
    const create = () => api.call('POST', '/v1/contacts', { body: { email: 'spot@example.com', name: 'On The Spot' }, headers: { ...key('d'), origin } });
    const first = await create();
    expect(first.status).toBe(201);
    const retry = await create();
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get('access-control-allow-origin')).toBe(origin);
    expect(retry.headers.get('access-control-expose-headers')).toContain('Idempotent-Replayed');
  });
});
