/**
 * What each address's badge shows, kept in memory as the lookup's JSON: a
 * page's people are asked about again and again (every load, every list
 * refresh, every teammate with the same customer in their inbox), and a
 * badge that has not changed need not be read from the database again.
 *
 * Kept exact by the change cursor (db/repositories/changes.ts): every write
 * that changes what a badge shows moves the cursor past its addresses, in
 * the same transaction as the change or after it. Each lookup first reads
 * the cursor (one indexed read) and forgets the addresses it moved past, so
 * a lookup after a write shows the write, whichever process made it.
 */
import QuickLRU from 'quick-lru';
import { SCORES_VERSION } from '../../shared/models/contact-scores';
import { displayName } from '../../shared/models/display-name';
import type { BadgeSummary } from '../../shared/schemas/lookup';
import type { SegmentInput } from '../../shared/schemas/segments';
import type { Repositories } from '../db/repositories';
import type { Engine } from '../engine/recompute';
import { customSegmentLabels, personBadges } from './person-badges';

/** The recently asked (up to twice this many, in the cache's two generations), about 0.3 KB each: some 60 MB at most. */
const MOST_KEPT = 100_000;
/** Past this many addresses changed since the last lookup (a full recompute), all are forgotten at once rather than one by one. */
const MOST_FORGOTTEN_ONE_BY_ONE = 2_000;

export function createBadgeSummaries(repos: Repositories, engine: Engine) {
  /** Address → its BadgeSummary as JSON text. */
  const kept = new QuickLRU<string, string>({ maxSize: MOST_KEPT });
  /** The cursor the kept summaries are current at; null before the first lookup. */
  let cursor: number | null = null;
  /** Moves on whenever summaries are forgotten, so a lookup that read the database before that keeps nothing it read. */
  let generation = 0;
  /** The custom segments the kept summaries were labelled with (the engine gives another array once they change). */
  let labelledWith: readonly SegmentInput[] | null = null;

  function forgetAll() {
    kept.clear();
    generation++;
  }

  /** Forgets what changed since the cursor, and moves it to `latest`. */
  async function catchUp(latest: number) {
    if (cursor === null) {
      cursor = latest;
      return;
    }
    if (latest <= cursor) return;
    const changed = await repos.changes.since(cursor, MOST_FORGOTTEN_ONE_BY_ONE);
    if (changed.length === MOST_FORGOTTEN_ONE_BY_ONE) forgetAll();
    else {
      for (const { email } of changed) kept.delete(email);
      generation++;
    }
    cursor = Math.max(cursor, latest);
  }

  /** Reads the summaries of addresses not kept, and keeps them unless something was forgotten meanwhile. */
  async function readSummaries(emails: string[], segments: readonly SegmentInput[]): Promise<Map<string, string>> {
    const readIn = generation;
    const rows = new Map((await repos.lookup.byEmails(emails)).map((r) => [r.email, r]));
    const labels = customSegmentLabels(segments);
    const read = new Map(emails.map((email) => {
      const row = rows.get(email);
      // Scores not computed yet, or stored by an older version and being recomputed since start-up: better
      // "not known" for a moment than a half-drawn badge.
      const summary: BadgeSummary = !row?.scores || row.scores.version !== SCORES_VERSION ? { email, known: false } : {
        email,
        known: true,
        contactId: row.contactId,
        displayName: displayName(row.name, row.honorific),
        badges: personBadges(row.scores, row.tags, row.customSegments, labels),
        leadScore: { score: row.scores.leadScore },
      };
      return [email, JSON.stringify(summary)];
    }));
    if (generation === readIn) for (const [email, json] of read) kept.set(email, json);
    return read;
  }

  return {
    /** The summaries of `emails` as JSON texts, in the order asked. */
    async of(emails: string[]): Promise<string[]> {
      const [latest, segments] = await Promise.all([repos.changes.latest(), engine.segments()]);
      if (segments !== labelledWith) {
        forgetAll();
        labelledWith = segments;
      }
      await catchUp(latest);
      const found = emails.map((email) => kept.get(email));
      const missing = [...new Set(emails.filter((_, i) => found[i] === undefined))];
      if (missing.length === 0) return found as string[];
      const read = await readSummaries(missing, segments);
      return emails.map((email, i) => found[i] ?? read.get(email)!);
    },
  };
}
export type BadgeSummaries = ReturnType<typeof createBadgeSummaries>;
