import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

/** A JSON body as a client may send it, escapes and all. */
const raw = (text: string) => ({ body: text, headers: { 'content-type': 'application/json' } });

describe('text the database could not keep as sent', () => {
  it('is refused with the field named: a NUL character would cut the name short when read back', async () => {
    const res = await api.call('POST', '/v1/contacts', raw('{"email":"nul@example.com","name":"Ali\\u0000Reza"}'));
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'name', message: expect.stringContaining('NUL character') }]);
    expect((await api.call('POST', '/v1/lookup', { body: { emails: ['nul@example.com'] } })).json.results).toEqual([expect.objectContaining({ known: false })]);
  });

  it('is refused in nested fields and keys: a lone surrogate, half of a character', async () => {
    const { json: person } = await api.call('POST', '/v1/contacts', { body: { email: 'events@example.com', name: 'Events' } });
    const event = (key: string) => `{"contactId":${person.id},"type":"page_view","occurredAt":"2026-03-01T10:00:00Z","idempotencyKey":"${key}","properties":{"page":"ok"}}`;
    const res = await api.call('POST', '/v1/events', raw(`{"events":[${event('a')},${event('b').replace('"page":"ok"', '"page\\ud800":"ok"')}]}`));
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'events[1].properties.page\ud800', message: expect.stringContaining('lone surrogate') }]);
  });

  it('is told apart from text that only looks like an escape, and from characters beyond U+FFFF, which are kept exactly', async () => {
    const name = 'C:\\u0000 😀 𝒜 ﬁ علی';
    const res = await api.call('POST', '/v1/contacts', { body: { email: 'kept@example.com', name } });
    expect(res.status).toBe(201);
    expect((await api.call('GET', `/v1/contacts/${res.json.id}`)).json.name).toBe(name);
  });
});
