/**
 * The servers the lookup benchmark loads, each run in a process of its own
 * (`node --import tsx bench/lookup-servers.ts <which> <database url>`), so
 * the load generator does not share their event loop. Each prints its
 * address on one line once it listens.
 *
 * - `product`: the API as it runs (server/index.ts) on the prepared database,
 *   with no scheduled recompute.
 * - `bare`: bare Hono routes on @hono/node-server, no auth, validation or
 *   shaping. `/floor` parses the JSON body and answers a small JSON, with no
 *   database work: the floor of the HTTP stack. `/query` runs the lookup's
 *   query with the raw client and answers the rows as JSON.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { openDb } from '../server/db/client';
import { Env } from '../server/env';
import { startServer } from '../server/index';

/** The query the lookup repository runs (server/db/repositories/lookup.ts), written out. */
const LOOKUP_QUERY = `select ce.email, c.id, c.name, c.honorific, c.locale, s.version, s.lead_score, s.lead_band, s.lead_qualification,
    s.rfm_segment, s.satisfaction, s.value_tier, s.vip, s.lifecycle, s.funnel_stage,
    (select json_group_array(json_object('slug', t.slug, 'label', t.label)) from contact_tags ct join tags t on t.id = ct.tag_id
     where ct.contact_id = c.id) as tags,
    (select json_group_array(m.segment) from custom_segment_members m where m.contact_id = c.id) as custom_segments
  from contact_emails ce join contacts c on c.id = ce.contact_id
  left join contact_scores s on s.contact_id = c.id
  where ce.email in (select value from json_each(?))`;

async function serveBare(databaseUrl: string): Promise<string> {
  const db = openDb(databaseUrl);
  const app = new Hono()
    .post('/floor', async (c) => {
      const { emails } = await c.req.json<{ emails: string[] }>();
      return c.json({ received: emails.length });
    })
    .post('/query', async (c) => {
      const { emails } = await c.req.json<{ emails: string[] }>();
      const { rows } = await db.$client.execute({ sql: LOOKUP_QUERY, args: [JSON.stringify(emails)] });
      return c.json({ results: rows });
    });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const [which, databaseUrl] = process.argv.slice(2);
if (!databaseUrl || (which !== 'product' && which !== 'bare')) throw new Error('usage: lookup-servers.ts product|bare <database url>');
const url = which === 'product'
  ? (await startServer(Env.parse({ PORT: '0', DATABASE_URL: databaseUrl, SEGLENS_DEMO: '0', RECOMPUTE_EVERY_MINUTES: '0' }))).url
  : await serveBare(databaseUrl);
console.log(url);
