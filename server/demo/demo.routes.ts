/**
 * GET /demo: the demo inbox page, no authentication. The showcase people come
 * first, then a few people picked by segment for variety, then the addresses
 * SegLens does not know; names and segments are read from the database.
 * It shows only people with example addresses — the demo data's, never a real
 * contact's — and answers only under the server's own host names, so a page
 * on another site that points its name at this server (DNS rebinding) is refused.
 */
import type { Locale } from '../../shared/schemas/enums';
import { builtInBadges } from '../../shared/models/contact-scores';
import { badgeFigures } from '../db/stored-scores';
import { isExampleAddress } from '../../shared/example-address';
import { createRouter } from '../lib/openapi';
import { Problem } from '../lib/problem';
import { DEMO_CSS, DEMO_STYLESHEET, DemoInbox, topicOf, type InboxEntry, type Topic } from './demo-page';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from './showcase';

/** One person from each of these segments follows the showcase people. */
const VARIETY: Topic[] = [
  'rfm:loyal', 'satisfaction:dissatisfied', 'rfm:hibernating', 'funnel:formal_proposal', 'rfm:potential_loyalists', 'lifecycle:lost', 'rfm:about_to_sleep',
];

/** "new.prospect@example.org" → "New Prospect": the name a mail client would guess. */
const nameFromAddress = (email: string) =>
  email.split('@')[0]!.split(/[._-]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** The names a browser on this machine reaches the server by, beside the one it listens on. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export const demoRoutes = (hostNames: readonly string[]) => createRouter()
  .use('/demo', async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (![...LOOPBACK_NAMES, ...hostNames].includes(host)) {
      throw new Problem(421, 'Misdirected request', `The demo page is not served under the host name "${host}".`);
    }
    await next();
  })
  .get(DEMO_STYLESHEET, (c) => c.body(DEMO_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }))
  .get('/demo', async (c) => {
    const { repos } = c.var;
    const found = new Map((await repos.lookup.byEmails(SHOWCASE.map((p) => p.email))).map((r) => [r.email, r]));
    const showcase = SHOWCASE.flatMap((p): InboxEntry[] => {
      const row = found.get(p.email);
      if (!row || !isExampleAddress(row.email)) return [];
      const badges = row.scores ? builtInBadges(badgeFigures(row.scores), []) : [];
      return [{ email: row.email, name: row.name, locale: row.locale, topic: topicOf(badges.map((b) => `${b.kind}:${b.key}`)) }];
    });

    const taken = new Set(showcase.map((e) => e.email));
    const variety: InboxEntry[] = [];
    const candidates = await Promise.all(VARIETY.map((segment) => repos.contacts.list({ segment, limit: 10 })));
    for (const [n, { items }] of candidates.entries()) {
      // Alternate languages, so the list mixes Persian and English rows.
      const free = items.filter((p) => isExampleAddress(p.email) && !taken.has(p.email));
      const person = free.find((p) => p.locale === (n % 2 ? 'fa' : 'en')) ?? free[0];
      if (!person) continue;
      taken.add(person.email);
      variety.push({ email: person.email, name: person.name, locale: person.locale, topic: VARIETY[n]! });
    }

    const [stranger, prospect] = UNKNOWN_DEMO_EMAILS;
    const unknown: InboxEntry[] = [
      { email: stranger, name: nameFromAddress(stranger), locale: 'en' satisfies Locale, topic: 'cold_outreach' },
      { email: prospect, name: nameFromAddress(prospect), locale: 'en' satisfies Locale, topic: 'introduction' },
    ];

    // The open message is the newest one; it copies someone writing in the same
    // language and mentions one more known address and one unknown in passing.
    const known = [...showcase, ...variety];
    const from = known[0] ?? unknown[0]!;
    const cc = known.find((e) => e !== from && e.locale === from.locale) ?? null;
    const mentioned = known.find((e) => e !== from && e !== cc) ?? null;
    return c.html(DemoInbox({
      entries: [...known, ...unknown],
      open: { from, cc, mentions: { unknown: prospect, known: mentioned?.email ?? null } },
      hasData: known.length > 0,
      now: new Date(),
    }));
  });
