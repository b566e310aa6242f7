import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORES_VERSION } from '../../shared/models/contact-scores';
import { startTestApi, type TestApi } from '../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

describe('scores stored by an older version, or missing', () => {
  it('show the person as not known rather than half-drawn, and are recomputed on request', async () => {
    await api.call('POST', '/v1/contacts', { body: { email: 'old@example.com', name: 'Old Scores' } });
    // As an older engine left them: its version, and a detail without a part this one writes.
    await api.db.run(sql`update contact_scores set version = version - 1`);
    await api.db.run(sql`update contact_score_details set detail = json_set(json_remove(detail, '$.crossSell'), '$.version', json_extract(detail, '$.version') - 1)`);
    expect(await api.repos.scores.needsRecompute(SCORES_VERSION)).toBe(true);
    expect((await api.call('POST', '/v1/lookup', { body: { emails: ['old@example.com'] } })).json.results[0]).toEqual({ email: 'old@example.com', known: false });
    const [{ id }] = (await api.call('GET', '/v1/contacts')).json.items;
    expect((await api.call('GET', `/v1/contacts/${id}/card`)).status).toBe(404);
    await api.call('POST', '/v1/recompute');
    await api.services.jobs.settled();
    expect(await api.repos.scores.needsRecompute(SCORES_VERSION)).toBe(false);
    expect((await api.call('POST', '/v1/lookup', { body: { emails: ['old@example.com'] } })).json.results[0]).toMatchObject({ known: true });
  });

  it('are missing for someone stored without them (as after a migration), which calls for a recompute', async () => {
    await api.db.run(sql`delete from contact_scores`);
    await api.db.run(sql`delete from contact_score_details`);
    expect(await api.repos.scores.needsRecompute(SCORES_VERSION)).toBe(true);
    await api.call('POST', '/v1/recompute');
    await api.services.jobs.settled();
    expect(await api.repos.scores.needsRecompute(SCORES_VERSION)).toBe(false);
  });
});
