/**
 * The full recompute against one raw SQL pass over the same data, in one
 * process, on a synthetic base (tests/support/synthetic-base.ts). The raw pass reads what the
 * engine reads — per contact: orders, revenue, last order and purchase days;
 * events per type in the scoring window; the latest survey; the open deal;
 * the product lines bought — as GROUP BY queries whose rows are read into JS,
 * with no scoring and no writes. Ours is `engine.recomputeAll`: the base's
 * statistics (lifetime value fit, groups, product rules), facts per batch,
 * scoring, and the upsert of scores (segment memberships follow from them),
 * as the server runs it: its scoring threads beside the main one (one on a
 * 2-core machine), started ahead as the server starts them for a base this
 * large, with the process's peak memory, threads included.
 * Target: ≤ 3× the raw pass. Generation time is reported, not compared.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../shared/data/default-config';
import { migrateDb, openDb, type Db } from '../server/db/client';
import { createServices } from '../server/services';
import { BENCH_NOW, generateBenchData } from '../tests/support/synthetic-base';

const DAY_MS = 86_400_000;
const MIB = 1024 * 1024;
const MEMORY_SAMPLE_MS = 50;
const TARGET_RATIO = 3;
/** The whole recompute, its threads included, in under 1 GiB. */
const MAX_PEAK_MIB = 1024;

export async function benchRecompute({ contacts = 100_000, events = 1_000_000 }: { contacts?: number; events?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-recompute-'));
  const url = `file:${join(dir, 'bench.db')}`;
  try {
    const db = openDb(url);
    await migrateDb(db, url);
    const services = createServices(db);

    let start = performance.now();
    await generateBenchData(url, contacts, events);
    const generateMs = performance.now() - start;

    // As the server does when it opens a base this large: its scoring threads start ahead of the first recompute.
    await services.engine.startThreadsIfLarge();
    // The recompute runs first, so the raw pass's rows are not in its memory figures; a short idle
    // lets the process settle before the baseline is read.
    await sleep(500);
    const rssBefore = process.memoryUsage.rss();
    const memory = sampleMemory();
    start = performance.now();
    const { contacts: scored } = await services.engine.recomputeAll(BENCH_NOW, memory.sample);
    const recomputeMs = performance.now() - start;
    const peak = await memory.stop();
    if (scored !== contacts) throw new Error(`the recompute scored ${scored} of ${contacts} contacts`);
    // The threads the recompute starts for the next one would share the cores with the raw pass.
    await services.engine.close();

    start = performance.now();
    await rawPass(db);
    const rawPassMs = performance.now() - start;
    db.$client.close();

    const ratio = +(recomputeMs / rawPassMs).toFixed(2);
    const peakRssMiB = Math.round(peak.rss / MIB);
    return {
      contacts,
      events,
      generateMs: Math.round(generateMs),
      rawPassMs: Math.round(rawPassMs),
      recomputeMs: Math.round(recomputeMs),
      baseline: 'one raw SQL pass over the same data: what the engine reads, as GROUP BY queries read into JS, no scoring or writes, same process',
      ratio,
      target: `≤ ${TARGET_RATIO}× the raw pass, peak memory under ${MAX_PEAK_MIB} MiB`,
      met: ratio <= TARGET_RATIO && peakRssMiB < MAX_PEAK_MIB,
      peakRssMiB,
      peakHeapMiB: Math.round(peak.heapUsed / MIB),
      rssBeforeMiB: Math.round(rssBefore / MIB),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// The raw pass: what the engine reads, grouped per contact, nothing more.

async function rawPass(db: Db): Promise<void> {
  const windowStart = new Date(BENCH_NOW.getTime() - DEFAULT_CONFIG['lead-scoring'].windowDays * DAY_MS).toISOString();
  const queries = [
    `select contact_id, count(*) as orders, sum(amount) as revenue, max(ordered_at) as last_order,
            count(distinct date(ordered_at)) as purchase_days
     from orders group by contact_id`,
    { sql: 'select contact_id, type, count(*) as n from events where occurred_at >= ? group by contact_id, type', args: [windowStart] },
    // SQLite's bare columns with max(): the other columns come from the row holding the maximum.
    'select contact_id, kind, score, max(responded_at) as responded_at from surveys group by contact_id',
    `select contact_id, title, stage, max(stage_changed_at) as stage_changed_at
     from deals where stage not in ('contract_signed', 'lost') group by contact_id`,
    'select distinct o.contact_id, l.product_line from orders o join order_lines l on l.order_id = o.id',
  ];
  // The client reads every row of a result into JS objects before answering.
  for (const query of queries) await db.$client.execute(query);
}

// ---------------------------------------------------------------------------
// Memory while the recompute runs.

/**
 * The database client runs SQLite synchronously and every await in the
 * recompute resolves as a microtask, so the main thread reaches no timer
 * until the recompute ends: resident memory, which is the process's, is
 * sampled from a worker thread every 50 ms; the heap, which is the main
 * isolate's, at every batch the engine reports (garbage not yet collected
 * included), so a peak inside the population pass is seen only as it ends.
 */
function sampleMemory() {
  const rssSampler = new Worker(`
    const { parentPort } = require('node:worker_threads');
    let peak = 0;
    const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
    const timer = setInterval(sample, ${MEMORY_SAMPLE_MS});
    sample();
    parentPort.once('message', () => { clearInterval(timer); sample(); parentPort.postMessage(peak); });
  `, { eval: true });
  let heapUsed = 0;
  const sample = () => { heapUsed = Math.max(heapUsed, process.memoryUsage().heapUsed); };
  sample();
  return {
    sample,
    async stop(): Promise<{ rss: number; heapUsed: number }> {
      sample();
      const answer = once(rssSampler, 'message');
      rssSampler.postMessage('stop');
      const [rss] = (await answer) as [number];
      await rssSampler.terminate();
      return { rss, heapUsed };
    },
  };
}
