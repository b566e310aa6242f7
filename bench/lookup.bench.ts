/**
 * The lookup route over real HTTP, against the floor of the HTTP stack. A
 * database of 100,000 people with their scores materialised is made first
 * (bench/recompute.bench.ts's generator, then a full recompute); the servers
 * then run in processes of their own (bench/lookup-servers.ts) and autocannon
 * loads each route in turn from this one: 16 connections, 2 s of warm-up,
 * then 10 s measured. Every request asks about 50 known addresses, a
 * different 50 from one request to the next (a pool of 1,000 bodies, rotated).
 *
 * Baseline: a bare Hono route on @hono/node-server that parses the body and
 * answers a small JSON, with no database work. A bare route that runs the
 * lookup's own query with the raw client is reported beside it. Target: the
 * lookup at ≥ 0.5× the baseline's requests per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb, openDb } from '../server/db/client';
import { CHROME_EXTENSION_ID } from '../shared/extension-id';
import { createServices } from '../server/services';
import { BENCH_NOW, generateBenchData } from '../tests/support/synthetic-base';
import { measureLoad } from './http-load';
import { fulfilled, startServerProcess } from './server-process';

const CONTACTS = 100_000;
const EVENTS = 1_000_000;
const ADDRESSES_PER_REQUEST = 50;
const BODIES = 1000;
const CONNECTIONS = 16;
const WARMUP_S = 2;
const DURATION_S = 10;
const TARGET_RATIO = 0.5;

/** The database the servers read, with a token for the lookup and every known address. */
async function prepareDatabase(url: string) {
  const db = openDb(url);
  await migrateDb(db, url);
  const services = createServices(db);
  await services.repos.offers.seedDefaults();
  await generateBenchData(url, CONTACTS, EVENTS);
  await services.engine.recomputeAll(BENCH_NOW);
  const { token } = await services.repos.tokens.issue('bench', 'viewer');
  const { rows } = await db.$client.execute('select email from contact_emails order by email');
  await services.engine.close();
  db.$client.close();
  return { token, emails: rows.map((r) => String(r.email)) };
}

/** Loads one route with the rotating bodies; what one answer looks like is checked first. */
async function load(url: string, path: string, headers: Record<string, string>, bodies: string[]) {
  const first = await fetch(url + path, { method: 'POST', headers, body: bodies[0] });
  if (!first.ok) throw new Error(`POST ${path} answered ${first.status}: ${await first.text()}`);
  const answer: unknown = await first.json();
  let next = 0;
  const figures = await measureLoad({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
    requests: [{ method: 'POST', path, headers, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  return { answer, figures };
}

export async function benchLookup() {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-lookup-'));
  const databaseUrl = `file:${join(dir, 'lookup.db')}`;
  try {
    const start = performance.now();
    const { token, emails } = await prepareDatabase(databaseUrl);
    const setupMs = performance.now() - start;

    // Addresses spread over the base by a prime stride, so one request's people are not neighbours in the index.
    const bodies = Array.from({ length: BODIES }, (_, i) => JSON.stringify({
      emails: Array.from({ length: ADDRESSES_PER_REQUEST }, (_, k) => emails[((i * ADDRESSES_PER_REQUEST + k) * 7919) % emails.length]),
    }));
    // As the extension sends them: its origin too, so the answers carry their CORS headers.
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: `chrome-extension://${CHROME_EXTENSION_ID}` };

    // Started together; whichever started is stopped, even when the other failed.
    const servers = await Promise.allSettled([startServerProcess('product', databaseUrl), startServerProcess('bare', databaseUrl)]);
    try {
      const product = fulfilled(servers[0]);
      const bare = fulfilled(servers[1]);
      const floor = await load(bare.url, '/floor', headers, bodies);
      const sameQuery = await load(bare.url, '/query', headers, bodies);
      const lookup = await load(product.url, '/v1/lookup', headers, bodies);
      // Every route must have answered about every address, or the comparison says nothing.
      const known = (lookup.answer as { results: Array<{ known: boolean }> }).results.filter((r) => r.known).length;
      const rows = (sameQuery.answer as { results: unknown[] }).results.length;
      if (known !== ADDRESSES_PER_REQUEST || rows !== ADDRESSES_PER_REQUEST || (floor.answer as { received: number }).received !== ADDRESSES_PER_REQUEST) {
        throw new Error(`the lookup benchmark's routes disagree: ${known} known, ${rows} rows of ${ADDRESSES_PER_REQUEST} addresses`);
      }
      const ratio = +(lookup.figures.requestsPerSec / floor.figures.requestsPerSec).toFixed(3);
      return {
        contacts: CONTACTS,
        setupMs: Math.round(setupMs),
        load: `${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured per route, ${ADDRESSES_PER_REQUEST} known addresses per request from ${BODIES} bodies rotated`,
        baseline: 'bare Hono route on @hono/node-server, no database (parse the body, answer a small JSON), same load',
        floor: floor.figures,
        lookup: lookup.figures,
        ratio,
        target: `≥ ${TARGET_RATIO}× the baseline's requests per second`,
        met: ratio >= TARGET_RATIO,
        sameQuery: {
          baseline: 'bare Hono route running the lookup\'s query with the raw client, answering the rows, same load',
          ...sameQuery.figures,
          ratio: +(lookup.figures.requestsPerSec / sameQuery.figures.requestsPerSec).toFixed(3),
        },
      };
    } finally {
      for (const s of servers) if (s.status === 'fulfilled') await s.value.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
