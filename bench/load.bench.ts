/**
 * The API under many connections at once, on the demo base (about 2,000
 * people, seeded as `npm start` seeds it): 64 connections, 2 s of warm-up,
 * then 20 s measured per run, the API and a bare route each in a process of
 * their own (bench/lookup-servers.ts), autocannon in this one.
 *
 * - `lookup`: every request asks about 50 of the base's addresses, a
 *   different 50 each time.
 * - `mixed`: each connection goes round a lookup, a person's card, an event
 *   recorded (which rescores its person) and a tag applied (which does too):
 *   half reads, half writes.
 *
 * Baseline: the bare Hono route with no database work (bench/lookup-servers.ts's
 * `/floor`) under the same 64 connections. Target: no time-outs and a p99
 * within 10× the p50 in both runs. The API process's peak memory is reported
 * after each run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../shared/extension-id';
import { openDb } from '../server/db/client';
import { Env } from '../server/env';
import { startServer } from '../server/index';
import { createRepositories } from '../server/db/repositories';
import { measureLoad, type LoadFigures, type LoadRequest } from './http-load';
import { fulfilled, startServerProcess } from './server-process';

const CONNECTIONS = 64;
const WARMUP_S = 2;
const DURATION_S = 20;
const ADDRESSES_PER_LOOKUP = 50;
const TAG = 'load-test';
/** A p99 beyond this many p50s means some requests wait behind others far longer than the typical one takes. */
const MOST_P99_PER_P50 = 10;

/** The demo base, seeded by the API as `npm start` does, with a token that may write and the base's addresses and people. */
async function prepareDemoBase(databaseUrl: string) {
  const seeding = await startServer(Env.parse({ PORT: '0', DATABASE_URL: databaseUrl, SEGLENS_DEMO: '1', RECOMPUTE_EVERY_MINUTES: '0' }));
  await seeding.close();
  seeding.db.$client.close();
  const db = openDb(databaseUrl);
  const { token } = await createRepositories(db).tokens.issue('load bench', 'manager');
  const emails = (await db.$client.execute('select email from contact_emails order by email')).rows.map((r) => String(r.email));
  const people = (await db.$client.execute('select contact_id from contact_scores order by contact_id')).rows.map((r) => Number(r.contact_id));
  db.$client.close();
  return { token, emails, people };
}

/** Whether a run met the target: nothing timed out, and the slowest 1% took at most 10× the typical request. */
const steady = (run: LoadFigures) => run.timeouts === 0 && run.errors === 0 && run.non2xx === 0 && run.p99Ms <= MOST_P99_PER_P50 * Math.max(1, run.p50Ms);

export async function benchLoad() {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-load-'));
  const databaseUrl = `file:${join(dir, 'demo.db')}`;
  try {
    const { token, emails, people } = await prepareDemoBase(databaseUrl);
    // As the extension sends them: its origin too, so the answers carry their CORS headers.
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: `chrome-extension://${CHROME_EXTENSION_ID}` };
    let lookups = 0;
    const lookupBody = () => {
      const n = lookups++;
      return JSON.stringify({ emails: Array.from({ length: ADDRESSES_PER_LOOKUP }, (_, k) => emails[((n * ADDRESSES_PER_LOOKUP + k) * 7919) % emails.length]) });
    };
    let cards = 0;
    let writes = 0;
    const someone = (n: number) => people[(n * 7919) % people.length]!;
    const run = (url: string, requests: LoadRequest[]) => measureLoad({
      url, connections: CONNECTIONS, duration: DURATION_S, warmup: { connections: CONNECTIONS, duration: WARMUP_S }, requests,
    });
    const lookup: LoadRequest = { method: 'POST', path: '/v1/lookup', headers, setupRequest: (r) => ({ ...r, body: lookupBody() }) };

    const servers = await Promise.allSettled([startServerProcess('product', databaseUrl), startServerProcess('bare', databaseUrl)]);
    try {
      const product = fulfilled(servers[0]);
      const bare = fulfilled(servers[1]);
      const tag = await fetch(`${product.url}/v1/tags`, { method: 'POST', headers, body: JSON.stringify({ slug: TAG, label: 'Load test' }) });
      if (!tag.ok) throw new Error(`creating the tag answered ${tag.status}: ${await tag.text()}`);

      const floor = await run(bare.url, [{ method: 'POST', path: '/floor', headers, setupRequest: (r) => ({ ...r, body: lookupBody() }) }]);
      const lookupRun = await run(product.url, [lookup]);
      const lookupRss = product.peakRssMiB();
      const mixed = await run(product.url, [
        lookup,
        { method: 'GET', headers, setupRequest: (r) => ({ ...r, path: `/v1/contacts/${someone(cards++)}/card` }) },
        {
          method: 'POST', path: '/v1/events', headers, setupRequest: (r) => {
            const n = writes++;
            return { ...r, body: JSON.stringify({ events: [{ contactId: someone(n), type: 'page_view', occurredAt: new Date().toISOString(), idempotencyKey: `load-${n}` }] }) };
          },
        },
        { method: 'PUT', headers, body: '{}', setupRequest: (r) => ({ ...r, path: `/v1/contacts/${someone(writes++)}/tags/${TAG}` }) },
      ]);
      return {
        base: `${people.length} people (the demo base), ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured per run`,
        baseline: `bare Hono route on @hono/node-server, no database (parse the body, answer a small JSON), ${CONNECTIONS} connections`,
        floor,
        lookup: { ...lookupRun, ratio: +(lookupRun.requestsPerSec / floor.requestsPerSec).toFixed(3), peakRssMiB: lookupRss },
        mixed: {
          workload: 'each connection in turn: a lookup of 50 addresses, a card, an event recorded, a tag applied',
          ...mixed,
          ratio: +(mixed.requestsPerSec / floor.requestsPerSec).toFixed(3),
          peakRssMiB: product.peakRssMiB(),
        },
        target: `no time-outs, errors or failed answers, and p99 ≤ ${MOST_P99_PER_P50}× p50, in both runs`,
        met: steady(lookupRun) && steady(mixed),
      };
    } finally {
      for (const s of servers) if (s.status === 'fulfilled') await s.value.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
