/**
 * A costly rule never freezes the API: a preview over a large base runs a
 * slice of people at a time, so /health and lookups are answered while it
 * runs; a rule over the cost budget is refused before it runs; a preview
 * stops at its time limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEASURES } from '../../../shared/models/segments/validate';
import { RuleTooSlowError } from '../../db/repositories/segments';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';
import { generateBenchData } from '../../../tests/support/synthetic-base';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await generateBenchData(api.databaseUrl, 30_000, 300_000);
});
afterAll(() => api.close());

/** `n` clauses, each counting a person's page views in a window of its own. */
const measuring = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ '>': [{ events_in_last_days: ['page_view', i + 1] }, 1000] })) });

describe('a costly rule', () => {
  it('lets /health and lookups be answered while its preview runs', async () => {
    let previewed = false;
    const preview = api.call('POST', '/v1/segments/preview', { as: 'viewer', body: { rule: measuring(MAX_MEASURES) } })
      .finally(() => { previewed = true; });
    let answeredMeanwhile = 0;
    while (!previewed) {
      const [health, lookup] = await Promise.all([
        fetch(`${api.url}/health`),
        api.call('POST', '/v1/lookup', { as: 'viewer', body: { emails: ['contact7@bench.example', 'nobody@example.com'] } }),
      ]);
      expect([health.status, lookup.status]).toEqual([200, 200]);
      if (!previewed) answeredMeanwhile++;
    }
    const res = await preview;
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ count: 0, sample: [] });
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(5);
  });

  it('is refused before it runs when it measures more than the budget allows, naming the rule', async () => {
    const res = await api.call('POST', '/v1/segments/preview', { as: 'viewer', body: { rule: measuring(120) } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'rule', message: `uses 120 behavioural measures; at most ${MAX_MEASURES} are allowed, as each reads through everyone's activity` }]);
  });

  it('stops its preview at the time limit', async () => {
    await expect(api.repos.segments.preview(measuring(MAX_MEASURES), new Date(), 10, 0)).rejects.toThrow(RuleTooSlowError);
  });
});
