/**
 * A real API over HTTP on a temporary database file, with one token per role,
 * for the API tests. Each call gets its own database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../shared/schemas/enums';
import { createRepositories } from '../../server/db/repositories';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

export async function startTestApi(options: { demo?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-api-'));
  const env = Env.parse({ PORT: '0', DATABASE_URL: `file:${join(dir, 'test.db')}`, SEGLENS_DEMO: options.demo ? '1' : '0' });
  const running = await startServer(env);
  const repos = createRepositories(running.db);
  const tokens = {} as Record<Role, string>;
  for (const role of ['admin', 'manager', 'sales', 'support', 'viewer'] as const) {
    tokens[role] = (await repos.tokens.issue(`${role} (test)`, role)).token;
  }

  /** A request as a client sends it; `as` picks the token (none: no Authorization header). */
  async function call(method: string, path: string, init: { as?: Role | null; body?: unknown; headers?: Record<string, string> } = {}) {
    const as = init.as === undefined ? 'admin' : init.as;
    const headers: Record<string, string> = { ...init.headers };
    if (as) headers.authorization = `Bearer ${tokens[as]}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    const res = await fetch(`${running.url}${path}`, { method, headers, body });
    const text = await res.text();
    const json: any = text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, json, text };
  }

  /** All the API says of the person with this address, as their card opens: their card, or that they are not known. */
  async function card(email: string) {
    const [found] = (await call('POST', '/v1/lookup', { body: { emails: [email] } })).json.results;
    if (!found.known) return found;
    const res = await call('GET', `/v1/contacts/${found.contactId}/card`);
    if (res.status !== 200) throw new Error(`GET /v1/contacts/${found.contactId}/card answered ${res.status}`);
    return { ...res.json, email };
  }

  return {
    url: running.url,
    /** The database file's URL, for a second server on the same data. */
    databaseUrl: env.DATABASE_URL,
    db: running.db,
    repos,
    services: running.services,
    tokens,
    call,
    card,
    async close() {
      await running.close();
      running.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
