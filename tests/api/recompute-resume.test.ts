/**
 * A full recompute cut short (the server killed while it ran) is run again
 * when the server next starts, and its progress says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../server/db/repositories';
import { recomputeRuns } from '../../server/db/schema';
import { Env } from '../../server/env';
import { startServer, type RunningServer } from '../../server/index';

const dir = mkdtempSync(join(tmpdir(), 'seglens-resume-'));
const env = Env.parse({ PORT: '0', DATABASE_URL: `file:${join(dir, 'seglens.db')}`, SEGLENS_DEMO: '0' });
const started: RunningServer[] = [];
afterAll(async () => {
  for (const server of started) {
    await server.close();
    server.db.$client.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const server = await startServer(env);
  started.push(server);
  return server;
}

describe('a full recompute cut short', () => {
  it('is run again at the next start, saying so, and recorded as cut short', async () => {
    const first = await start();
    const repos = createRepositories(first.db);
    const { token } = await repos.tokens.issue('resume (manager)', 'manager');
    const call = async (server: RunningServer, method: string, path: string) => {
      const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      return res.json();
    };
    for (const email of ['a@example.com', 'b@example.com']) await repos.contacts.create({ email, name: email });
    await call(first, 'POST', '/v1/recompute');
    await first.services.jobs.settled();
    expect((await first.db.select().from(recomputeRuns)).map((r) => r.state)).toEqual(['done']);

    // As a process killed mid-run leaves it: a run begun and never finished.
    const cutAt = new Date().toISOString();
    await repos.recomputeRuns.begin('requested by a manager', cutAt);
    await first.close();
    first.db.$client.close();
    started.pop();

    const second = await start();
    const { job } = await call(second, 'GET', '/v1/recompute');
    expect(job.reason).toBe(`resumed: the full recompute started ${cutAt} (requested by a manager) did not finish`);
    await second.services.jobs.settled();
    expect((await call(second, 'GET', '/v1/recompute')).job).toMatchObject({ state: 'done', done: 2, total: 2 });
    expect((await second.db.select().from(recomputeRuns)).map((r) => r.state)).toEqual(['done', 'interrupted', 'done']);

    // Started again with nothing cut short, nothing is resumed.
    await second.close();
    second.db.$client.close();
    started.pop();
    const third = await start();
    expect((await call(third, 'GET', '/v1/recompute')).job).toBeNull();
  });
});
