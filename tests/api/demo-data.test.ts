/**
 * The demo data: deterministic, populating every segment the badges can show,
 * with the showcase people where the demo page and end-to-end tests expect
 * them; and the demo inbox page built from it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { migrateDb, openDb, type Db } from '../../server/db/client';
import { createRepositories } from '../../server/db/repositories';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { seedDemo } from '../../server/demo/seed';
import { createEngine } from '../../server/engine/recompute';
import { scoreFacts } from '../../server/engine/score-batch';
import * as E from '../../shared/schemas/enums';
import type { BadgeSummary, LookupResult } from '../../shared/schemas/lookup';

const NOW = new Date('2026-03-21T09:30:00.000Z');
const SEED = 7;
/** Every table the seed writes, each with an order that makes its dump stable. */
const SEEDED_TABLES = {
  companies: 'id', contacts: 'id', contact_emails: 'email', tags: 'slug', contact_tags: 'contact_id, tag_id', products: 'sku',
  orders: 'id', order_lines: 'id', events: 'id', surveys: 'id', deals: 'id', deal_stage_history: 'id',
} as const;

let dir: string;
const opened: Db[] = [];

async function freshDb(name: string): Promise<Db> {
  const url = `file:${join(dir, name)}`;
  const db = openDb(url);
  await migrateDb(db, url);
  opened.push(db);
  return db;
}

async function seeded(name: string): Promise<Db> {
  const db = await freshDb(name);
  await seedDemo(db, { seed: SEED, now: NOW });
  return db;
}

/** Row counts and a hash of every row of every seeded table. */
async function fingerprint(db: Db) {
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  for (const [table, order] of Object.entries(SEEDED_TABLES)) {
    const rows = await db.all(sql.raw(`select * from ${table} order by ${order}`));
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  return { counts, hash: hash.digest('hex') };
}

let db: Db;
let app: ReturnType<typeof createApp>;
/** The demo page as `npm start` serves it, on the loopback names only. */
const DEMO = { hostNames: [] };
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seglens-demo-'));
  db = await seeded('demo.db');
  const repos = createRepositories(db);
  await createEngine(repos).recomputeAll(NOW);
  app = createApp({ db, demo: DEMO });
  ({ token } = await repos.tokens.issue('demo-data test', 'viewer'));
});

afterAll(() => {
  for (const d of opened) d.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the API says of these addresses: the card of each known person, as when their cards open. */
async function lookup(emails: readonly string[]): Promise<LookupResult[]> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = await app.request('/v1/lookup', { method: 'POST', headers, body: JSON.stringify({ emails }) });
  expect(res.status).toBe(200);
  return Promise.all(((await res.json()) as { results: BadgeSummary[] }).results.map(async (found): Promise<LookupResult> => {
    if (!found.known) return found;
    const card = await app.request(`/v1/contacts/${found.contactId}/card`, { headers });
    expect(card.status).toBe(200);
    return { ...((await card.json()) as LookupResult), email: found.email };
  }));
}

/** Everyone's scores as the engine computes them at NOW, in memory. */
async function engineScores() {
  const repos = createRepositories(db);
  const [config, population] = await Promise.all([repos.config.all(), repos.scores.population()]);
  const windows = { eventDays: config['lead-scoring'].windowDays, complaintDays: config.satisfaction.complaintWindowDays };
  return scoreFacts(await repos.facts.facts({ fromId: 1, toId: Number.MAX_SAFE_INTEGER }, NOW, windows), population!.stats, config, NOW);
}

describe('demo data', () => {
  it('has a realistic size', async () => {
    const { counts } = await fingerprint(db);
    expect(counts.contacts).toBe(2000);
    expect(counts.companies).toBeGreaterThanOrEqual(150);
    expect(counts.orders).toBeGreaterThanOrEqual(8000);
    expect(counts.orders).toBeLessThanOrEqual(10_500);
    expect(counts.events).toBeGreaterThanOrEqual(40_000);
    expect(counts.events).toBeLessThanOrEqual(60_000);
    expect(counts.surveys).toBeGreaterThan(2000);
    expect(counts.deals).toBe(400);
    // Every person's primary address is in the address index that lookups use.
    const [missing] = await db.all<{ n: number }>(sql`select count(*) as n from contacts c
      where not exists (select 1 from contact_emails e where e.email = c.email and e.contact_id = c.id and e.is_primary = 1)`);
    expect(missing!.n).toBe(0);
  });

  it('populates every segment a badge can show', async () => {
    const rows = await db.all<{ segment: string; n: number }>(sql`select segment, count(*) as n from segment_memberships group by segment`);
    const sizes = new Map(rows.map((r) => [r.segment, r.n]));
    const expected = [
      ...E.RfmSegment.options.map((s) => `rfm:${s}`),
      ...E.ValueTier.options.map((s) => `value:${s}`),
      ...E.LifecycleStage.options.map((s) => `lifecycle:${s}`),
      ...E.SatisfactionSegment.options.map((s) => `satisfaction:${s}`),
      ...E.LeadBand.options.map((s) => `lead:${s}`),
      ...E.DealStage.options.filter((s) => s !== 'contract_signed' && s !== 'lost').map((s) => `funnel:${s}`),
    ];
    for (const segment of expected) expect(sizes.get(segment) ?? 0, segment).toBeGreaterThanOrEqual(10);
    // Hot leads and angry customers are minorities; about a quarter of the base never ordered.
    expect(sizes.get('lead:hot')!).toBeLessThan(sizes.get('lead:warm')!);
    expect(sizes.get('satisfaction:angry')!).toBeLessThan(sizes.get('satisfaction:dissatisfied')!);
    expect(sizes.get('lifecycle:first_contact')!).toBeGreaterThan(400);
    expect(sizes.get('lifecycle:first_contact')!).toBeLessThan(600);
    expect([...sizes.keys()].some((s) => s.startsWith('tag:'))).toBe(true);
  });

  it('gives everyone the same segments in SQL (the memberships view over the score columns) as the engine computes', async () => {
    const scores = await engineScores();
    const rows = await db.all<{ id: number; segments: string }>(sql`
      select contact_id as id, json_group_array(segment) as segments from segment_memberships where segment not like 'segment:%' group by contact_id`);
    const inSql = new Map(rows.map((r) => [r.id, (JSON.parse(r.segments) as string[]).sort()]));
    expect(scores.size).toBe(2000);
    for (const [id, s] of scores) expect(inSql.get(id), `contact ${id}`).toEqual([...s.segments].sort());
  });

  it('reads back what the engine computed, from the score columns and the detail beside them', async () => {
    const repos = createRepositories(db);
    for (const [id, computed] of await engineScores()) {
      expect((await repos.scores.of(id))?.scores, `contact ${id}`).toEqual(computed);
    }
  });

  it('puts each showcase person where the demo expects them', async () => {
    const results = await lookup(SHOWCASE.map((p) => p.email));
    for (const [n, person] of SHOWCASE.entries()) {
      const result = results[n]!;
      expect(result.known, person.email).toBe(true);
      if (!result.known) continue;
      expect(result.name).toBe(person.name);
      expect(result.honorific).toBe(person.honorific);
      expect(result.locale).toBe(person.locale);
      const actual = {
        rfm: result.rfm?.segment, lifecycle: result.lifecycle, satisfaction: result.satisfaction?.segment,
        leadBand: result.leadScore.band, valueTier: result.valueTier, funnel: result.funnel?.stage,
      };
      for (const [key, value] of Object.entries(person.expect)) expect(actual[key as keyof typeof actual], `${person.email} ${key}`).toBe(value);
    }
  });

  it('never contains the unknown demo addresses', async () => {
    const results = await lookup(UNKNOWN_DEMO_EMAILS);
    expect(results.map((r) => r.known)).toEqual(UNKNOWN_DEMO_EMAILS.map(() => false));
  });

  it('is the same for the same seed and time', async () => {
    const again = await seeded('again.db');
    expect(await fingerprint(again)).toEqual(await fingerprint(db));
  });
});

describe('GET /demo', () => {
  it('renders the inbox with the showcase people, variety and the unknown addresses, and no script', async () => {
    const res = await app.request('/demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const { email } of SHOWCASE) expect(html).toContain(`data-email="${email}"`);
    for (const email of UNKNOWN_DEMO_EMAILS) expect(html).toContain(email);
    expect(html).toContain('<table id="message-list">');
    expect(html).toContain('<article id="open-message">');
    expect(html.match(/<tr class="message-row[^"]*" data-email=/g)?.length).toBeGreaterThanOrEqual(14);
    expect(html).toMatch(/<span email="[^"]+" name="[^"]+">/);
    expect(html).toMatch(/<a href="mailto:[^"]+">[^<]+ &lt;[^&]+&gt;<\/a>/);
    expect(html).toContain('dir="rtl"');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<link rel="stylesheet" href="/demo.css"/>');
    const css = await app.request('/demo.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('#message-list');
  });

  it('escapes what comes from the database', async () => {
    const dbWithMarkup = await freshDb('markup.db');
    await seedDemo(dbWithMarkup, { seed: SEED, now: NOW, contacts: 60 });
    await dbWithMarkup.run(sql`update contacts set name = '<img src=x onerror=alert(1)>' where email = ${SHOWCASE[0]!.email}`);
    await createEngine(createRepositories(dbWithMarkup)).recomputeAll(NOW);
    const html = await (await createApp({ db: dbWithMarkup, demo: DEMO }).request('/demo')).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows nobody whose address is not an example one: a real contact never appears', async () => {
    const mixed = await freshDb('mixed.db');
    await seedDemo(mixed, { seed: SEED, now: NOW, contacts: 60 });
    await createEngine(createRepositories(mixed)).recomputeAll(NOW);
    // Everyone but the second showcase person gets an address a real person could have.
    const kept = SHOWCASE[1]!.email;
    await mixed.run(sql`update contact_emails set email = 'real-' || rowid || '@acme-real.io' where email <> ${kept}`);
    await mixed.run(sql`update contacts set email = 'real' || id || '@acme-real.io' where email <> ${kept}`);
    const html = await (await createApp({ db: mixed, demo: DEMO }).request('/demo')).text();
    expect(html).not.toContain('acme-real.io');
    expect(html.match(/class="message-row[^"]*" data-email="([^"]+)"/g)?.map((row) => row.split('data-email="')[1]!.slice(0, -1)))
      .toEqual([kept, ...UNKNOWN_DEMO_EMAILS]);
  });

  it('answers only under the server\'s own names, and not at all without demo data', async () => {
    expect((await app.request('http://localhost:8787/demo')).status).toBe(200);
    expect((await app.request('http://127.0.0.1:8787/demo')).status).toBe(200);
    const rebound = await app.request('http://attacker.example.net:8787/demo');
    expect(rebound.status).toBe(421);
    expect(await rebound.text()).not.toContain('@');
    expect((await createApp({ db, demo: { hostNames: ['crm.internal'] } }).request('http://crm.internal/demo')).status).toBe(200);
    expect((await createApp({ db }).request('/demo')).status).toBe(404);
  });

  it('still renders on an empty database, with only the unknown addresses', async () => {
    const res = await createApp({ db: await freshDb('empty.db'), demo: DEMO }).request('/demo');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const email of UNKNOWN_DEMO_EMAILS) expect(html).toContain(email);
    expect(html.match(/class="message-row/g)).toHaveLength(UNKNOWN_DEMO_EMAILS.length);
    expect(html).toContain('no demo data');
    expect(html).not.toMatch(/<script/i);
  });
});
