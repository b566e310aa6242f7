import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'card@example.com', name: 'Card Holder', alternateEmails: ['holder@example.org'] } })).json.id;
});
afterAll(() => api.close());

const cardOf = (headers: Record<string, string> = {}) => api.call('GET', `/v1/contacts/${personId}/card`, { as: 'viewer', headers });

describe('GET /v1/contacts/{id}/card', () => {
  it('answers the person\'s card under the primary address, with an ETag that makes an unchanged card a 304', async () => {
    const first = await cardOf();
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ email: 'card@example.com', known: true, contactId: personId, name: 'Card Holder', lifecycle: 'first_contact' });
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);

    const again = await cardOf({ 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    // A tag changes the card: the old ETag no longer matches.
    await api.call('POST', '/v1/tags', { body: { slug: 'vip', label: 'VIP' } });
    expect((await api.call('PUT', `/v1/contacts/${personId}/tags/vip`, { as: 'sales', body: {} })).status).toBe(200);
    const changed = await cardOf({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.json.badges).toContainEqual({ kind: 'tag', key: 'vip', label: 'VIP' });
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('is 404 for nobody', async () => {
    const res = await api.call('GET', '/v1/contacts/424242/card');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
