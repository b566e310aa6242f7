/**
 * Scoring one batch of people, from the facts as the database gave them to
 * the rows to store: pure, so a full recompute can run it on other threads
 * while the main one reads and writes (see scoring-pool.ts).
 */
import { contactScores, type ContactFacts, type ContactScores } from '../../shared/models/contact-scores';
import type { WorkspaceConfig } from '../../shared/schemas/config';
import type { PopulationStats } from '../../shared/models/population';
import { summariseOrders } from '../../shared/models/purchase-history';
import { parseRows, type RawFacts } from '../db/repositories/facts';
import { storedBatch, type StoredBatch } from '../db/stored-scores';

/** The facts per person, from the rows of each kind: orders, order lines and events summed up per person here. */
function assembleFacts(raw: RawFacts): Map<number, ContactFacts> {
  const facts = new Map<number, ContactFacts>();
  for (const [
    id, name, honorific, gender, locale, birthday, jobTitle,
    jobLevel, education, occupation, incomeBand, acquisitionSource, companySize, industry, revenueBand,
  ] of parseRows(raw.people)) {
    const properties = { jobLevel, education, occupation, incomeBand, acquisitionSource, companySize, industry, revenueBand };
    facts.set(id, {
      orders: { count: 0, revenue: 0, lastOrderedAt: null },
      purchases: null, events: [], recentComplaints: 0, latestSurvey: null, openDeal: null, tags: [], properties,
      person: { name, honorific, gender, locale, birthday, jobTitle }, productLines: [], skus: [],
    });
  }
  // Someone erased between the queries has rows only in the later ones: those rows are skipped.
  for (const [id, { count, revenue, lastOrderedAt, purchases }] of summariseOrders(parseRows(raw.orders))) {
    const f = facts.get(id);
    if (f) Object.assign(f, { orders: { count, revenue, lastOrderedAt }, purchases });
  }
  const bought = new Map<number, { lines: Set<string>; skus: Set<string> }>();
  for (const [id, line, sku] of parseRows(raw.products)) {
    const items = bought.get(id) ?? { lines: new Set<string>(), skus: new Set<string>() };
    items.lines.add(line);
    items.skus.add(sku);
    bought.set(id, items);
  }
  for (const [id, { lines, skus }] of bought) {
    const f = facts.get(id);
    if (f) Object.assign(f, { productLines: [...lines].sort(), skus: [...skus].sort() });
  }
  for (const [id, type, ageDays] of parseRows(raw.events)) {
    const events = facts.get(id)?.events;
    if (!events) continue;
    const same = events.find((e) => e.type === type && e.ageDays === ageDays);
    if (same) same.count++;
    else events.push({ type, ageDays, count: 1 });
  }
  for (const { id, count } of parseRows(raw.complaints)) {
    const f = facts.get(id);
    if (f) f.recentComplaints = count;
  }
  for (const { id, ...survey } of parseRows(raw.surveys)) {
    const f = facts.get(id);
    if (f) f.latestSurvey = survey;
  }
  for (const { id, ...deal } of parseRows(raw.deals)) {
    const f = facts.get(id);
    if (f) f.openDeal = deal;
  }
  for (const { id, ...tag } of parseRows(raw.tags)) facts.get(id)?.tags.push(tag);
  for (const f of facts.values()) f.tags.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return facts;
}

/** Everyone's scores in the batch. */
export function scoreFacts(raw: RawFacts, stats: PopulationStats, config: WorkspaceConfig, now: Date): Map<number, ContactScores> {
  const scores = new Map<number, ContactScores>();
  for (const [id, f] of assembleFacts(raw)) scores.set(id, contactScores(f, stats, config, now));
  return scores;
}

/** The batch scored, as the rows the scores repository stores. */
export const scoreBatch = (raw: RawFacts, stats: PopulationStats, config: WorkspaceConfig, now: Date): StoredBatch =>
  storedBatch(scoreFacts(raw, stats, config, now));
