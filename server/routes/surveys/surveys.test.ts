import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
let personId: number;
beforeAll(async () => {
  api = await startTestApi();
  personId = (await api.call('POST', '/v1/contacts', { body: { email: 'rater@example.com', name: 'Rater' } })).json.id;
});
afterAll(() => api.close());

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const satisfactionOf = async () =>
  (await api.card('rater@example.com')).satisfaction;

describe('surveys', () => {
  it('takes the latest answer as the satisfaction segment', async () => {
    const csat = await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'csat', score: 5, comment: 'Great support', respondedAt: minutesAgo(10) } });
    expect(csat.status).toBe(201);
    expect(csat.json).toMatchObject({ kind: 'csat', score: 5, comment: 'Great support' });
    expect(await satisfactionOf()).toMatchObject({ segment: 'satisfied', kind: 'csat', score: 5 });
    await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'nps', score: 5, respondedAt: minutesAgo(1) } });
    expect(await satisfactionOf()).toMatchObject({ segment: 'dissatisfied', kind: 'nps', score: 5 });
    // An older answer recorded late does not replace the latest one.
    await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'csat', score: 1, respondedAt: minutesAgo(60) } });
    expect(await satisfactionOf()).toMatchObject({ segment: 'dissatisfied' });
    const list = await api.call('GET', `/v1/contacts/${personId}/surveys`, { as: 'support' });
    expect(list.json.items).toHaveLength(3);
  });

  it('checks the score against the survey kind', async () => {
    const csat = await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'csat', score: 9, respondedAt: minutesAgo(0) } });
    expect(csat.status).toBe(400);
    expect(csat.json.errors[0].field).toBe('score');
    const kind = await api.call('POST', `/v1/contacts/${personId}/surveys`, { body: { kind: 'ces', score: 3, respondedAt: minutesAgo(0) } });
    expect(kind.status).toBe(400);
    expect(kind.json.errors[0].field).toBe('kind');
  });
});
