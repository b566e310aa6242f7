/**
 * The API killed outright (SIGKILL, as a crash or a power cut stops it)
 * while clients write and a full recompute runs: every write it
 * acknowledged is there once after the restart, a write it never answered is
 * there once or not at all and can be sent again safely, and the recompute
 * it was running finishes after the restart.
 */
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { SCORES_VERSION } from '../../shared/models/contact-scores';
import { migrateDb, openDb } from '../../server/db/client';
import { createRepositories } from '../../server/db/repositories';
import { startApiChild, type ApiAnswer, type ApiChild } from '../support/api-child';
import { generateBenchData } from '../support/synthetic-base';

/** Enough people for a full recompute to take several batches (a thousand each), so the kill lands inside one. */
const PEOPLE = 8_000;
const EVENTS = 40_000;
const WRITERS = 6;

const dir = mkdtempSync(join(tmpdir(), 'seglens-durability-'));
const databaseUrl = `file:${join(dir, 'seglens.db')}`;
const children: ApiChild[] = [];
afterAll(async () => {
  for (const child of children) await child.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const api = await startApiChild(databaseUrl);
  children.push(api);
  return api;
}

/** One write a client sent: what it was, and whether the API acknowledged it before it was killed. */
type Sent = { kind: 'event' | 'order'; key: string; contactId: number; acknowledged: boolean };

function send(api: ApiChild, write: Omit<Sent, 'acknowledged'>): Promise<ApiAnswer> {
  return write.kind === 'event'
    ? api.call('POST', '/v1/events', { events: [{ contactId: write.contactId, type: 'page_view', occurredAt: new Date().toISOString(), idempotencyKey: write.key }] })
    : api.call('POST', `/v1/contacts/${write.contactId}/orders`, { externalId: write.key, amount: 40, currency: 'USD', orderedAt: new Date().toISOString() });
}

/** How many times each key is stored, read from the file as it is now. */
async function storedCounts(keys: string[]) {
  const client = createClient({ url: databaseUrl });
  try {
    const count = async (sql: string) => new Map((await client.execute({ sql, args: [JSON.stringify(keys)] })).rows.map((r) => [String(r.key), Number(r.n)]));
    const events = await count('select idempotency_key as key, count(*) as n from events where idempotency_key in (select value from json_each(?)) group by 1');
    const orders = await count('select external_id as key, count(*) as n from orders where external_id in (select value from json_each(?)) group by 1');
    return new Map([...events, ...orders]);
  } finally {
    client.close();
  }
}

describe('the API killed mid-write and mid-recompute', () => {
  it('keeps every acknowledged write once, takes unanswered ones again once, and finishes the recompute after the restart', async () => {
    const db = openDb(databaseUrl);
    await migrateDb(db, databaseUrl);
    await createRepositories(db).offers.seedDefaults();
    db.$client.close();
    await generateBenchData(databaseUrl, PEOPLE, EVENTS);

    const first = await start();
    expect((await first.call('POST', '/v1/recompute')).status).toBe(202);

    // Clients write as fast as they can, each write with its own key, until the API stops answering.
    const sent: Sent[] = [];
    let stopped = false;
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let n = 0; !stopped; n++) {
        const write = { kind: n % 2 === 0 ? 'event' as const : 'order' as const, key: `w${w}-${n}`, contactId: 1 + ((w * 7919 + n * 104_729) % PEOPLE) };
        const entry: Sent = { ...write, acknowledged: false };
        sent.push(entry);
        let answer: ApiAnswer;
        try {
          answer = await send(first, write);
        } catch {
          stopped = true; // the connection broke: the API is gone
          break;
        }
        expect(answer.status, `${write.kind} ${write.key}`).toBeLessThan(300);
        entry.acknowledged = true;
      }
    });

    // Killed once the recompute is well under way, between two of its batches or inside one.
    for (;;) {
      const { json } = await first.call('GET', '/v1/recompute');
      expect(json.job.state).toBe('running');
      if (json.job.done >= 2_000) break;
      await sleep(20);
    }
    await first.kill();
    stopped = true;
    await Promise.all(writers);
    const acknowledged = sent.filter((s) => s.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await start();
    const afterRestart = await storedCounts(sent.map((s) => s.key));
    for (const write of sent) {
      const times = afterRestart.get(write.key) ?? 0;
      if (write.acknowledged) expect(times, `acknowledged ${write.kind} ${write.key}`).toBe(1);
      else expect(times, `unanswered ${write.kind} ${write.key}`).toBeLessThanOrEqual(1);
    }

    // Every write sent again, as a client does after an error: taken once, whatever happened the first time.
    for (const write of sent) {
      const { status, json } = await send(second, write);
      if (write.kind === 'event') expect(json.accepted + json.duplicates, write.key).toBe(1);
      else expect([201, 409], write.key).toContain(status);
    }
    expect([...(await storedCounts(sent.map((s) => s.key))).values()]).toEqual(sent.map(() => 1));

    // The recompute cut short runs again at start-up, to the end: everyone scored by this version.
    const { json: resumed } = await second.call('GET', '/v1/recompute');
    expect(resumed.job.reason).toMatch(/^resumed: /);
    await expect.poll(async () => (await second.call('GET', '/v1/recompute')).json.job, { timeout: 60_000, interval: 200 })
      .toMatchObject({ state: 'done', done: PEOPLE, total: PEOPLE });
    const client = createClient({ url: databaseUrl });
    try {
      const { rows } = await client.execute({ sql: 'select count(*) as n from contact_scores where version = ?', args: [SCORES_VERSION] });
      expect(Number(rows[0]!.n)).toBe(PEOPLE);
    } finally {
      client.close();
    }
  });
});
