import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

describe('companies', () => {
  it('creates a company with firmographics and lists it', async () => {
    const res = await api.call('POST', '/v1/companies', { body: { name: 'Pars Steel', domain: 'ParsSteel.example', industry: 'manufacturing', size: '1000+', revenueBand: 'over_100m', country: 'IR', city: 'اصفهان' } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ domain: 'parssteel.example', size: '1000+' });
    expect((await api.call('GET', `/v1/companies/${res.json.id}`, { as: 'viewer' })).json).toEqual(res.json);
    expect((await api.call('GET', '/v1/companies')).json.items).toEqual([res.json]);
  });

  it('refuses a taken domain with 409 and a bad size with 400', async () => {
    const taken = await api.call('POST', '/v1/companies', { body: { name: 'Copy', domain: 'parssteel.example' } });
    expect(taken.status).toBe(409);
    expect(taken.json.errors[0].field).toBe('domain');
    const bad = await api.call('POST', '/v1/companies', { body: { name: 'Bad', size: 'huge' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('size');
  });
});
