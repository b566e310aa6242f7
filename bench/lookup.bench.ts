/**
 * The lookup route against a bare Hono route, in one process: 50 addresses
 * (40 known, 10 unknown) per call, over the seeded demo database. The bare
 * route is what a minimal hand-written endpoint would do: parse the body, run
 * the same one SQL query with the raw client, answer the rows as JSON — no
 * auth, validation, OpenAPI or shaping. Ours against it measures everything we
 * add around the query. Target: ≥ 0.5× the bare route's throughput.
 * For scale, a route that answers canned bytes without touching the database
 * is reported too.
 */
import { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { createApp } from '../server/app';
import { migrateDb, openDb } from '../server/db/client';
import { createRepositories } from '../server/db/repositories';
import { seedDemo } from '../server/demo/seed';
import { createEngine } from '../server/engine/recompute';

export async function benchLookup() {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-bench-'));
  const url = `file:${join(dir, 'bench.db')}`;
  const db = openDb(url);
  await migrateDb(db, url);
  await seedDemo(db);
  const repos = createRepositories(db);
  await createEngine(repos).recomputeAll();
  const { token } = await repos.tokens.issue('bench', 'viewer');

  const known = (await repos.contacts.list({ limit: 40 })).items.map((c) => c.email);
  const emails = [...known, ...Array.from({ length: 10 }, (_, i) => `nobody${i}@example.net`)];
  const body = JSON.stringify({ emails });
  const app = createApp({ db });
  const request = () => app.request('/v1/lookup', { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  const answer = await (await request()).text();

  // The query the lookup repository runs (server/db/repositories/lookup.ts), written out.
  const QUERY = `select ce.email, c.id, c.name, c.honorific, c.locale, co.name as company, s.*, d.detail,
      (select json_group_array(json_object('slug', t.slug, 'label', t.label)) from contact_tags ct join tags t on t.id = ct.tag_id
       where ct.contact_id = c.id) as tags,
      (select json_group_array(m.segment) from custom_segment_members m where m.contact_id = c.id) as custom_segments
    from contact_emails ce join contacts c on c.id = ce.contact_id
    left join companies co on co.id = c.company_id left join contact_scores s on s.contact_id = c.id
    left join contact_score_details d on d.contact_id = c.id
    where ce.email in (select value from json_each(?))`;
  const bare = new Hono()
    .post('/query', async (c) => {
      const { emails: asked } = await c.req.json<{ emails: string[] }>();
      const { rows } = await db.$client.execute({ sql: QUERY, args: [JSON.stringify(asked)] });
      return c.json({ results: rows.map((r) => ({ ...r, detail: JSON.parse(String(r.detail)) })) });
    })
    .post('/canned', async (c) => {
      await c.req.json();
      return c.body(answer, 200, { 'content-type': 'application/json' });
    });
  const post = (path: string) => async () => {
    await (await bare.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text();
  };
  // Both must answer every known address, or the comparison says nothing.
  const bareAnswer = await bare.request('/query', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const bareRows = bareAnswer.ok ? ((await bareAnswer.json()) as { results: unknown[] }).results.length : 0;
  const ourKnown = (JSON.parse(answer) as { results: Array<{ known: boolean }> }).results.filter((r) => r.known).length;
  if (bareRows !== known.length || ourKnown !== known.length) {
    throw new Error(`the lookup benchmark's routes disagree: bare ${bareRows}, ours ${ourKnown} of ${known.length} known addresses`);
  }

  const bench = new Bench({ time: 2_000, warmup: true });
  bench
    .add('bare route, same query', post('/query'))
    .add('POST /v1/lookup (50 addresses)', async () => { await (await request()).text(); })
    .add('bare route, canned answer', post('/canned'));
  await bench.run();
  const [baseline, ours, canned] = bench.tasks.map((t) => (t.result as { throughput: { mean: number } }).throughput.mean);
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    bareSameQueryOpsPerSec: Math.round(baseline!),
    lookupOpsPerSec: Math.round(ours!),
    ratio: +(ours! / baseline!).toFixed(2),
    target: '≥ 0.5',
    cannedOpsPerSec: Math.round(canned!),
  };
}
