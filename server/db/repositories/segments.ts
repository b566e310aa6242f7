/**
 * Custom segments: their definitions, and their members — kept by one SQL
 * statement per segment over everyone, or by evaluating the rule in memory
 * for the few people whose data just changed.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { compileSegmentSql } from '../../../shared/models/segments/compile-sql';
import { evaluateSegment, type SegmentContext } from '../../../shared/models/segments/evaluate';
import { CONTACTS_WITH_SCORES } from '../../../shared/models/segments/fields';
import { segmentMembership, type Segment, type SegmentInput } from '../../../shared/schemas/segments';
import type { Db } from '../client';
import { recordChangesOf } from './changes';
import { contacts, contactScores, contactTags, customSegmentMembers, events, orders, segmentDefinitions, tags } from '../schema';

export class SegmentExistsError extends Error {}
/** A preview ran past its time limit. */
export class RuleTooSlowError extends Error {}

/**
 * A rule runs over the base a slice of people at a time, each slice about this
 * long, with the event loop free between slices: however costly the rule, other
 * requests wait at most one slice.
 */
const SLICE_MS = 10;
/** How long a preview may take: a rule that needs longer is too costly to try out as one types. */
export const PREVIEW_TIME_LIMIT_MS = 10_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function segmentsRepository(db: Db) {
  /** The compiled rule as a drizzle fragment: its text from the compiler, every value a bound parameter. */
  function matching(rule: unknown, now: Date) {
    const compiled = compileSegmentSql({ rule }, now);
    const parts = compiled.sql.split('?');
    return sql.join(parts.map((text, i) => (i < compiled.params.length ? sql`${sql.raw(text)}${compiled.params[i]}` : sql.raw(text))), sql``);
  }

  async function withMembers(rows: Array<typeof segmentDefinitions.$inferSelect>): Promise<Segment[]> {
    const counts = new Map((await db.select({ segment: customSegmentMembers.segment, n: sql<number>`count(*)` }).from(customSegmentMembers)
      .groupBy(customSegmentMembers.segment)).map((r) => [r.segment, r.n]));
    return rows.map((r) => ({ ...r, rule: r.rule as Segment['rule'], members: counts.get(segmentMembership(r.key)) ?? 0 }));
  }

  return {
    /** The definitions the engine applies and the lookup labels badges with. */
    definitions: (): Promise<SegmentInput[]> =>
      db.select().from(segmentDefinitions).orderBy(asc(segmentDefinitions.priority), asc(segmentDefinitions.key)) as Promise<SegmentInput[]>,

    list: async () => withMembers(await db.select().from(segmentDefinitions).orderBy(asc(segmentDefinitions.priority), asc(segmentDefinitions.key))),

    get: async (key: string): Promise<Segment | null> =>
      (await withMembers(await db.select().from(segmentDefinitions).where(eq(segmentDefinitions.key, key))))[0] ?? null,

    async create(input: SegmentInput, by: string) {
      const inserted = await db.insert(segmentDefinitions).values({ ...input, updatedBy: by }).onConflictDoNothing().returning({ key: segmentDefinitions.key });
      if (inserted.length === 0) throw new SegmentExistsError(`a segment with key ${input.key} exists`);
    },

    async update(key: string, change: Partial<SegmentInput>, by: string) {
      await db.update(segmentDefinitions).set({ ...change, updatedAt: new Date().toISOString(), updatedBy: by }).where(eq(segmentDefinitions.key, key));
    },

    async remove(key: string): Promise<boolean> {
      const [, removed] = await db.batch([
        recordChangesOf(db, sql`(select ${customSegmentMembers.contactId} from ${customSegmentMembers} where ${customSegmentMembers.segment} = ${segmentMembership(key)})`),
        db.delete(segmentDefinitions).where(eq(segmentDefinitions.key, key)).returning({ key: segmentDefinitions.key }),
        db.delete(customSegmentMembers).where(eq(customSegmentMembers.segment, segmentMembership(key))),
      ]);
      return removed.length > 0;
    },

    /** How many people a rule selects now, and a few of them, without storing anything; RuleTooSlowError past the time limit. */
    async preview(rule: unknown, now: Date, sampleSize = 10, timeLimitMs = PREVIEW_TIME_LIMIT_MS) {
      const ids = await selectedIds(rule, now, performance.now() + timeLimitMs);
      const sample = ids.length === 0 ? [] : await db.select({ id: contacts.id, email: contacts.email, name: contacts.name }).from(contacts)
        .where(inArray(contacts.id, ids.slice(0, sampleSize))).orderBy(asc(contacts.id));
      return { count: ids.length, sample };
    },

    /** Replaces a segment's members with everyone its rule selects, found slice by slice and written at once. */
    async refreshMembers(key: string, rule: unknown, now: Date) {
      const segment = segmentMembership(key);
      const ids = await selectedIds(rule, now, Infinity);
      await db.batch([
        // Those who leave and those who join: their badges change.
        recordChangesOf(db, sql`(select ${customSegmentMembers.contactId} from ${customSegmentMembers} where ${customSegmentMembers.segment} = ${segment}
          union select value from json_each(${JSON.stringify(ids)}))`),
        db.delete(customSegmentMembers).where(eq(customSegmentMembers.segment, segment)),
        db.run(sql`insert into ${customSegmentMembers} (contact_id, segment) select value, ${segment} from json_each(${JSON.stringify(ids)})`),
      ]);
    },

    /** Re-evaluates every rule for these people in memory and replaces their custom memberships. */
    async refreshMembersOf(ids: number[], definitions: readonly SegmentInput[], now: Date) {
      if (ids.length === 0) return;
      const contexts = await contextsOf(ids);
      const rows = [...contexts].flatMap(([contactId, context]) => definitions
        .filter((d) => evaluateSegment({ rule: d.rule }, context, now))
        .map((d) => ({ contactId, segment: segmentMembership(d.key) })));
      await db.batch([
        db.delete(customSegmentMembers).where(inArray(customSegmentMembers.contactId, ids)),
        ...(rows.length ? [db.insert(customSegmentMembers).values(rows)] : []),
        recordChangesOf(db, sql`(select value from json_each(${JSON.stringify(ids)}))`),
      ]);
    },
  };

  /**
   * Everyone a rule selects, in id order: a slice of ids at a time, each slice
   * sized from the last one's time to take about SLICE_MS.
   */
  async function selectedIds(rule: unknown, now: Date, deadline: number): Promise<number[]> {
    const where = matching(rule, now);
    const [{ last } = { last: 0 }] = await db.all<{ last: number | null }>(sql`select max(id) as last from ${contacts}`);
    const ids: number[] = [];
    const everyone = last ?? 0;
    let width = 200;
    for (let from = 0; from < everyone;) {
      if (performance.now() > deadline) throw new RuleTooSlowError(`the rule took more than ${PREVIEW_TIME_LIMIT_MS / 1000} s to run over ${everyone} people`);
      const to = from + width;
      const started = performance.now();
      const rows = await db.all<{ id: number }>(
        sql`select c.id from ${sql.raw(CONTACTS_WITH_SCORES)} where c.id > ${from} and c.id <= ${to} and (${where}) order by c.id`);
      for (const row of rows) ids.push(row.id);
      from = to;
      width = Math.round(Math.min(50_000, Math.max(50, width * (SLICE_MS / Math.max(performance.now() - started, 0.5)))));
      await nextTurn();
    }
    return ids;
  }

  /** What a rule reads about each person, as the in-memory evaluator takes it. */
  async function contextsOf(ids: number[]): Promise<Map<number, SegmentContext>> {
    const [people, scores, eventRows, orderRows, tagRows] = await Promise.all([
      db.select().from(contacts).where(inArray(contacts.id, ids)),
      db.select().from(contactScores).where(inArray(contactScores.contactId, ids)),
      db.select({ id: events.contactId, type: events.type, occurredAt: events.occurredAt }).from(events).where(inArray(events.contactId, ids)),
      db.select({ id: orders.contactId, amount: orders.amount, orderedAt: orders.orderedAt }).from(orders).where(inArray(orders.contactId, ids)),
      db.select({ id: contactTags.contactId, slug: tags.slug }).from(contactTags).innerJoin(tags, eq(tags.id, contactTags.tagId)).where(inArray(contactTags.contactId, ids)),
    ]);
    const contexts = new Map<number, SegmentContext & { events: SegmentContext['events'][number][]; orders: SegmentContext['orders'][number][]; tags: string[] }>();
    for (const profile of people) contexts.set(profile.id, { profile, score: scores.find((s) => s.contactId === profile.id) ?? null, events: [], orders: [], tags: [] });
    for (const { id, ...e } of eventRows) contexts.get(id)?.events.push(e);
    for (const { id, ...o } of orderRows) contexts.get(id)?.orders.push(o);
    for (const { id, slug } of tagRows) contexts.get(id)?.tags.push(slug);
    return contexts;
  }
}
