/**
 * A full recompute on the pool's threads stores exactly what the same
 * recompute stores on the main thread alone: the same groups and product
 * rules, the same scores for everyone.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb, type Db } from '../db/client';
import { createRepositories } from '../db/repositories';
import { seedDemo } from '../demo/seed';
import { createEngine, type EngineOptions } from './recompute';

const NOW = new Date('2026-03-21T09:30:00.000Z');
const dir = mkdtempSync(join(tmpdir(), 'seglens-pool-'));
const opened: Db[] = [];
afterAll(() => {
  for (const db of opened) db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<Db> {
  const url = `file:${join(dir, name)}`;
  const db = openDb(url);
  opened.push(db);
  await migrateDb(db, url);
  return db;
}

/** The same demo base of 1,500 people recomputed with these options, and everything the recompute stored. */
async function recomputed(name: string, options: EngineOptions) {
  copyFileSync(join(dir, 'demo.db'), join(dir, name));
  const db = await open(name);
  const progress: number[] = [];
  const engine = createEngine(createRepositories(db), options);
  // As the server does at start: threads started ahead, when the base is large enough for them.
  await engine.startThreadsIfLarge();
  const { contacts } = await engine.recomputeAll(NOW, (done) => progress.push(done));
  await engine.close();
  const [stats] = await db.all<{ stats: string }>(sql`select stats from population_stats`);
  return {
    contacts,
    progress,
    stats: JSON.parse(stats!.stats),
    scores: await db.all(sql`select * from contact_scores order by contact_id`),
    details: await db.all(sql`select * from contact_score_details order by contact_id`),
  };
}

describe('the scoring pool', () => {
  it('stores the same scores and statistics as scoring on the main thread', async () => {
    const demo = await open('demo.db');
    await seedDemo(demo, { seed: 11, now: NOW, contacts: 1500 });
    await demo.run(sql`pragma wal_checkpoint(truncate)`);
    const inline = await recomputed('inline.db', { poolFrom: Number.POSITIVE_INFINITY });
    const pooled = await recomputed('pooled.db', { poolFrom: 0, threads: 2 });
    expect(pooled.contacts).toBe(1500);
    expect(pooled.progress.at(-1)).toBe(1500);
    expect(pooled.scores).toHaveLength(1500);
    expect(pooled.stats).toEqual(inline.stats);
    expect(pooled.scores).toEqual(inline.scores);
    expect(pooled.details).toEqual(inline.details);
  });
});
