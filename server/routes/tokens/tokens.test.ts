import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Env } from '../../env';
import { startServer } from '../../index';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

describe('tokens', () => {
  it('lets an admin create a token that works at once and is stored only as a hash', async () => {
    const created = await api.call('POST', '/v1/tokens', { body: { name: 'Gmail on Reza\'s laptop', role: 'sales' } });
    expect(created.status).toBe(201);
    expect(created.json.token).toMatch(/^sl_[A-Za-z0-9_-]{43}$/);
    const me = await fetch(`${api.url}/v1/me`, { headers: { authorization: `Bearer ${created.json.token}` } });
    expect(await me.json()).toMatchObject({ role: 'sales' });
    const stored = await api.db.$client.execute('select token_hash from api_tokens');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(created.json.token);
    const list = await api.call('GET', '/v1/tokens');
    expect(list.json.items.find((t: { id: number }) => t.id === created.json.id)).toMatchObject({ name: 'Gmail on Reza\'s laptop', role: 'sales' });
    expect(JSON.stringify(list.json)).not.toContain(created.json.token);
  });

  it('revokes a token so it stops working at once', async () => {
    const { json } = await api.call('POST', '/v1/tokens', { body: { name: 'temporary', role: 'viewer' } });
    const auth = { authorization: `Bearer ${json.token}` };
    expect((await fetch(`${api.url}/v1/me`, { headers: auth })).status).toBe(200);
    expect((await api.call('DELETE', `/v1/tokens/${json.id}`)).status).toBe(204);
    expect((await fetch(`${api.url}/v1/me`, { headers: auth })).status).toBe(401);
    expect((await api.call('DELETE', `/v1/tokens/${json.id}`)).status).toBe(404);
  });

  it('revokes a token in every server process sharing the database, at once', async () => {
    const other = await startServer(Env.parse({ PORT: '0', DATABASE_URL: api.databaseUrl, SEGLENS_DEMO: '0', RECOMPUTE_EVERY_MINUTES: '0' }));
    try {
      const { json } = await api.call('POST', '/v1/tokens', { body: { name: 'two servers', role: 'viewer' } });
      const meThere = () => fetch(`${other.url}/v1/me`, { headers: { authorization: `Bearer ${json.token}` } });
      expect((await meThere()).status).toBe(200);
      expect((await api.call('DELETE', `/v1/tokens/${json.id}`)).status).toBe(204);
      expect((await meThere()).status).toBe(401);
    } finally {
      await other.close();
      other.db.$client.close();
    }
  });

  it('names a token by its id in plain decimal only', async () => {
    const { json } = await api.call('POST', '/v1/tokens', { body: { name: 'decimal', role: 'viewer' } });
    const hex = `0x${json.id.toString(16)}`;
    const res = await api.call('DELETE', `/v1/tokens/${hex}`);
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'id', message: 'must be a positive whole number written in plain decimal' }]);
    expect((await fetch(`${api.url}/v1/me`, { headers: { authorization: `Bearer ${json.token}` } })).status).toBe(200);
  });

  it('names a bad role', async () => {
    const res = await api.call('POST', '/v1/tokens', { body: { name: 'x', role: 'owner' } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].field).toBe('role');
  });
});

describe('guessing tokens', () => {
  /** GET /v1/me with `token`, from the loopback address `from` (any 127.x reaches this server). */
  const meFrom = (from: string, token: string) => new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
    const req = request(`${api.url}/v1/me`, { localAddress: from, headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; }).on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'], body }));
    });
    req.on('error', reject).end();
  });

  it('is slowed per address: after 20 invalid tokens, that address waits (429, Retry-After), others and verified tokens do not', async () => {
    for (let i = 0; i < 20; i++) expect((await meFrom('127.0.0.3', `guess-${i}`)).status).toBe(401);
    const refused = await meFrom('127.0.0.3', 'guess-20');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(JSON.parse(refused.body).title).toBe('Too many failed attempts');
    // Even a valid token is not checked from there meanwhile; from another address it is.
    const { json } = await api.call('POST', '/v1/tokens', { body: { name: 'fresh', role: 'viewer' } });
    expect((await meFrom('127.0.0.3', json.token)).status).toBe(429);
    expect((await meFrom('127.0.0.4', json.token)).status).toBe(200);
    // A token already verified keeps working from anywhere.
    expect((await meFrom('127.0.0.3', json.token)).status).toBe(200);
  });
});

