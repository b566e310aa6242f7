import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

const gmailChanged = { site: 'gmail', version: '0.1.0', missing: ['threadList', 'listPeople'], checked: 2 };

describe('site reports', () => {
  it('records a report from any role, and counts a repeat on the same row', async () => {
    const first = await api.call('POST', '/v1/site-reports', { as: 'viewer', body: gmailChanged });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ ...gmailChanged, reports: 1 });
    expect(first.json.firstSeenAt).toBe(first.json.lastSeenAt);

    const again = await api.call('POST', '/v1/site-reports', { as: 'sales', body: { ...gmailChanged, missing: ['threadList'] } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ site: 'gmail', version: '0.1.0', missing: ['threadList'], reports: 2, firstSeenAt: first.json.firstSeenAt });
    expect(again.json.lastSeenAt >= first.json.lastSeenAt).toBe(true);

    const list = await api.call('GET', '/v1/site-reports');
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([again.json]);
  });

  it('keeps one row per site and version under reports arriving together', async () => {
    const outlook = { site: 'outlook', version: '0.2.0', missing: ['messageList'], checked: 1 };
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.call('POST', '/v1/site-reports', { as: 'support', body: outlook })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const rows = (await api.call('GET', '/v1/site-reports')).json.items.filter((r: { site: string }) => r.site === 'outlook');
    expect(rows).toEqual([expect.objectContaining({ version: '0.2.0', reports: 8 })]);
  });

  it('lists the latest reported first, each version of a site apart', async () => {
    await api.call('POST', '/v1/site-reports', { body: { ...gmailChanged, version: '0.1.1' } });
    const items = (await api.call('GET', '/v1/site-reports')).json.items as Array<{ site: string; version: string; lastSeenAt: string }>;
    expect(items[0]).toMatchObject({ site: 'gmail', version: '0.1.1' });
    expect(items.map((r) => `${r.site}@${r.version}`).sort()).toEqual(['gmail@0.1.0', 'gmail@0.1.1', 'outlook@0.2.0']);
    expect(items.map((r) => r.lastSeenAt)).toEqual(items.map((r) => r.lastSeenAt).sort().reverse());
  });

  it('names each invalid field', async () => {
    const bad = await api.call('POST', '/v1/site-reports', {
      body: { site: 'https://mail.google.com/mail/u/0', version: 'latest', missing: ['thread list', 'x'.repeat(41)], checked: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.json.errors.map((e: { field: string }) => e.field)).toEqual(['site', 'version', 'missing[0]', 'missing[1]', 'checked']);

    const tooMany = await api.call('POST', '/v1/site-reports', { body: { ...gmailChanged, missing: Array.from({ length: 33 }, (_, i) => `anchor${i}`), checked: 32 } });
    expect(tooMany.json.errors.map((e: { field: string }) => e.field)).toEqual(['missing']);
    const moreThanChecked = await api.call('POST', '/v1/site-reports', { body: { ...gmailChanged, checked: 1 } });
    expect(moreThanChecked.status).toBe(400);
    expect(moreThanChecked.json.errors).toEqual([{ field: 'missing', message: 'cannot name more anchors than were checked' }]);
    const none = await api.call('POST', '/v1/site-reports', { body: { ...gmailChanged, missing: [] } });
    expect(none.json.errors.map((e: { field: string }) => e.field)).toEqual(['missing']);
  });
});
