import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';
import { MOST_CHANGES_LISTED } from './changes.routes';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

const changesSince = async (since?: number) => (await api.call('GET', `/v1/changes${since === undefined ? '' : `?since=${since}`}`, { as: 'viewer' })).json;

describe('the change cursor', () => {
  it('lists the addresses whose badges changed since a cursor: new data, a tag, an address removed, an erasure', async () => {
    const start = await changesSince();
    expect(start).toEqual({ cursor: expect.any(Number), emails: [], everything: false });

    const person = (await api.call('POST', '/v1/contacts', { body: { email: 'moved@example.com', name: 'Moved', alternateEmails: ['old@example.com'] } })).json;
    const created = await changesSince(start.cursor);
    expect(created.emails.sort()).toEqual(['moved@example.com', 'old@example.com']);
    expect(created.cursor).toBeGreaterThan(start.cursor);
    expect(await changesSince(created.cursor)).toEqual({ cursor: created.cursor, emails: [], everything: false });

    await api.call('POST', '/v1/tags', { body: { slug: 'vip', label: 'VIP' } });
    await api.call('PUT', `/v1/contacts/${person.id}/tags/vip`, { as: 'sales', body: {} });
    const tagged = await changesSince(created.cursor);
    expect(tagged.emails.sort()).toEqual(['moved@example.com', 'old@example.com']);

    await api.call('PATCH', `/v1/contacts/${person.id}`, { body: { alternateEmails: [] } });
    const updated = await changesSince(tagged.cursor);
    expect(updated.emails.sort()).toEqual(['moved@example.com', 'old@example.com']);

    expect((await api.call('DELETE', `/v1/contacts/${person.id}`)).status).toBe(204);
    expect((await changesSince(updated.cursor)).emails).toEqual(['moved@example.com']);
  });

  it('says everything changed when too many did to list, or when the cursor is not this database\'s', async () => {
    const { cursor } = await changesSince();
    await api.repos.changes.record(Array.from({ length: MOST_CHANGES_LISTED + 1 }, (_, i) => `many-${i}@example.com`));
    const many = await changesSince(cursor);
    expect(many).toEqual({ cursor: expect.any(Number), emails: [], everything: true });
    expect(many.cursor).toBeGreaterThan(cursor);
    expect(await changesSince(many.cursor + 1000)).toEqual({ cursor: many.cursor, emails: [], everything: true });
  });

  it('names a bad cursor, and asks for a token', async () => {
    const bad = await api.call('GET', '/v1/changes?since=-1');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('since');
  });
});
