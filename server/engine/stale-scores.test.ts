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
    await api.db.run(sql`update contact_score_details set detail = json_remove(detail, '$.version', '$.crossSell')`);
    expect(await api.repos.scores.needsRecompute(SCORES_VERSION)).toBe(true);
    expect((await api.call('POST', '/v1/lookup', { body: { emails: ['old@example.com'] } })).json.results[0]).toEqual({ email: 'old@example.com', known: false });
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
