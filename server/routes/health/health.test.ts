import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(() => api.close());

describe('public routes', () => {
  it('reports the database as reachable, without a token', async () => {
    const res = await api.call('GET', '/health', { as: null });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('serves an OpenAPI 3.1 document listing every v1 route with bearer security', async () => {
    const res = await api.call('GET', '/openapi.json', { as: null });
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    expect(Object.keys(res.json.paths)).toEqual(expect.arrayContaining([
      '/v1/lookup', '/v1/contacts', '/v1/contacts/{id}', '/v1/contacts/by-email', '/v1/tags', '/v1/contacts/{id}/tags/{slug}',
      '/v1/events', '/v1/contacts/{id}/orders', '/v1/contacts/{id}/surveys', '/v1/contacts/{id}/deals', '/v1/deals/{id}/stage', '/v1/tokens',
      '/v1/contacts/{id}/profile', '/v1/rules/{key}', '/v1/recompute', '/v1/offers', '/v1/offers/{key}/redemptions', '/v1/segments',
      '/v1/segments/preview', '/v1/analytics/rfm-grid', '/v1/analytics/funnel',
    ]));
    expect(res.json.paths['/v1/lookup'].post.security).toEqual([{ bearer: [] }]);
  });

  it('serves interactive docs at /docs', async () => {
    const res = await api.call('GET', '/docs', { as: null });
    expect(res.status).toBe(200);
    expect(res.text).toContain('/docs/start.js');
    expect((await api.call('GET', '/docs/start.js', { as: null })).text).toContain("url: '/openapi.json'");
  });

  it('answers unknown routes with a problem', async () => {
    const res = await api.call('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('authentication and limits', () => {
  it('rejects a missing or wrong token with 401 problem+json', async () => {
    for (const headers of [{}, { authorization: 'Bearer sl_not-a-real-token' }, { authorization: 'Basic abc' }] as Array<Record<string, string>>) {
      const res = await api.call('GET', '/v1/contacts', { as: null, headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.json).toMatchObject({ status: 401, title: 'Unauthorized' });
    }
  });

  it('tells a token who it belongs to', async () => {
    const res = await api.call('GET', '/v1/me', { as: 'sales' });
    expect(res.json).toEqual({ name: 'sales (test)', role: 'sales', service: 'seglens' });
  });

  it('refuses bodies over the limit with 413', async () => {
    // On its own connection: the server answers before reading the body, then drops the connection.
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${api.url}/v1/events`, {
        method: 'POST', agent: false,
        headers: { authorization: `Bearer ${api.tokens.admin}`, 'content-type': 'application/json' },
      }, (r) => {
        let body = '';
        r.on('data', (chunk) => { body += chunk; }).on('end', () => resolve({ status: r.statusCode!, body }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ events: [], pad: 'x'.repeat(1_100_000) }));
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).title).toBe('Payload too large');
  });

  it('closes a kept-alive connection after a 413, so the client\'s next requests on it succeed', async () => {
    // One connection, kept alive and reused: the client's requests follow one another on it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string) => new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      const req = request(`${api.url}/v1/lookup`, {
        method: 'POST', agent,
        headers: { authorization: `Bearer ${api.tokens.sales}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (r) => r.resume().on('end', () => resolve({ status: r.statusCode!, connection: r.headers.connection })));
      // The server may close before the whole of a refused body is written.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 0 }) : reject(error)));
      req.end(body);
    });
    try {
      const small = JSON.stringify({ emails: ['someone@example.com'] });
      expect((await send(small)).status).toBe(200);
      const refused = await send(JSON.stringify({ emails: [], pad: 'x'.repeat(1_100_000) }));
      if (refused.status !== 0) expect(refused).toEqual({ status: 413, connection: 'close' });
      for (let i = 0; i < 5; i++) expect((await send(small)).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('names malformed JSON as a bad body', async () => {
    const res = await api.call('POST', '/v1/contacts', { body: '{"email": ' });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'body', message: 'must be valid JSON' }]);
  });

  it('allows CORS from the extension only', async () => {
    const ext = 'chrome-extension://jhmppdabifpcndpibmkfhljpaeidknco';
    const ok = await fetch(`${api.url}/v1/lookup`, { method: 'OPTIONS', headers: { origin: ext, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(ext);
    const other = await fetch(`${api.url}/v1/lookup`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    // The answers themselves, refusals too, say who may read them, and that they vary by origin.
    const lookup = (origin: string, token = api.tokens.viewer) => fetch(`${api.url}/v1/lookup`, {
      method: 'POST', headers: { origin, authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ emails: ['someone@example.com'] }),
    });
    for (const res of [await lookup(ext), await lookup(ext, 'sl_not-a-real-token')]) {
      expect(res.headers.get('access-control-allow-origin')).toBe(ext);
      expect(res.headers.get('access-control-expose-headers')).toBe('Idempotent-Replayed');
      expect(res.headers.get('vary')).toBe('Origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const refused = await lookup('https://evil.example');
    expect(refused.status).toBe(200);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('vary')).toBe('Origin');
  });

  it('refuses a body sent in chunks, with no length declared, once it passes the limit', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}/v1/events`, {
        method: 'POST', agent: false, timeout: 10_000,
        headers: { authorization: `Bearer ${api.tokens.admin}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      }, (r) => r.resume().on('end', () => resolve(r.statusCode!)));
      req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve(0) : reject(error)));
      req.write(JSON.stringify({ events: [], pad: 'x'.repeat(600_000) }).slice(0, -2));
      req.end(`${'y'.repeat(600_000)}"}`);
    });
    expect(res).toBe(413);
  });
});

describe('security headers', () => {
  const policyOf = (res: Response) => Object.fromEntries((res.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('are on every response: no sniffing, no referrer, never framed; the API\'s answers load nothing', async () => {
    const answers = [
      await fetch(`${api.url}/health`),
      await fetch(`${api.url}/v1/me`),
      await fetch(`${api.url}/v1/me`, { headers: { authorization: `Bearer ${api.tokens.viewer}` } }),
      await fetch(`${api.url}/v1/no-such-route`, { headers: { authorization: `Bearer ${api.tokens.viewer}` } }),
      await fetch(`${api.url}/openapi.json`),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 200, 404, 200]);
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(policyOf(res)).toMatchObject({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    }
  });

  it('let the demo page load its own stylesheet and nothing else: no script, no other origin', async () => {
    const res = await createApp({ db: api.db, demo: { hostNames: [] } }).request('/demo');
    expect(res.status).toBe(200);
    const policy = policyOf(res);
    expect(policy).toMatchObject({ 'default-src': ["'none'"], 'style-src': ["'self'"], 'frame-ancestors': ["'none'"] });
    expect(policy['script-src']).toBeUndefined();
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|https?:/);
  });

  it('let the API reference run only its own scripts and styles from this server, and fetch only from it', async () => {
    const page = await fetch(`${api.url}/docs`);
    const policy = policyOf(page);
    expect(policy).toMatchObject({ 'default-src': ["'none'"], 'script-src': ["'self'"], 'style-src': ["'self'"], 'connect-src': ["'self'"], 'frame-ancestors': ["'none'"] });
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-|https?:/);
    const html = await page.text();
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/docs/swagger-ui-bundle.js', '/docs/start.js']);
    expect(html).not.toMatch(/<script>|<style/);
    for (const asset of ['/docs/swagger-ui-bundle.js', '/docs/start.js', '/docs/swagger-ui.css']) {
      const res = await fetch(`${api.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${api.url}/docs/package.json`)).status).toBe(404);
  });
});

