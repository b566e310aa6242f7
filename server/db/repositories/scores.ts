/** What the engine writes (materialised scores and segment memberships, the base's statistics) and reads back. */
import { eq, sql } from 'drizzle-orm';
import { SCORES_VERSION, type ContactScores } from '../../../shared/models/contact-scores';
import type { PopulationStats } from '../../../shared/models/population';
import type { Db } from '../client';
import { contacts, contactScoreDetails, contactScores, contactTags, populationStats, segmentMemberships, tags } from '../schema';
import { recordChangesOf } from './changes';
import { fromStored, SCORE_COLUMNS, type StoredBatch } from '../stored-scores';

export function scoresRepository(db: Db) {
  return {
    /** What the engine last computed for one person, and when; null until it has, with this version of the engine. */
    async of(contactId: number): Promise<{ scores: ContactScores; computedAt: string } | null> {
      const [[row], applied] = await Promise.all([
        db.select({ columns: contactScores, detail: contactScoreDetails.detail }).from(contactScores)
          .innerJoin(contactScoreDetails, eq(contactScoreDetails.contactId, contactScores.contactId)).where(eq(contactScores.contactId, contactId)),
        db.select({ slug: tags.slug, label: tags.label }).from(contactTags).innerJoin(tags, eq(tags.id, contactTags.tagId))
          .where(eq(contactTags.contactId, contactId)).orderBy(tags.slug),
      ]);
      if (!row || row.detail.version !== SCORES_VERSION) return null;
      return { scores: fromStored(row.columns, row.detail, applied), computedAt: row.columns.computedAt };
    },

    /** Every segment one person is in now, as "kind:key". */
    async segmentsOf(contactId: number): Promise<string[]> {
      const rows = await db.select({ segment: segmentMemberships.segment }).from(segmentMemberships)
        .where(eq(segmentMemberships.contactId, contactId)).orderBy(segmentMemberships.segment);
      return rows.map((r) => r.segment);
    },

    /** Whether anyone has no scores yet, or scores written by another version of the engine. */
    async needsRecompute(version: number): Promise<boolean> {
      const rows = await db.all(sql`
        select 1 from contacts c left join contact_scores s on s.contact_id = c.id
        where s.contact_id is null or s.version is not ${version} limit 1`);
      return rows.length > 0;
    },

    async contactCount(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)` }).from(contacts);
      return row!.n;
    },

    async savePopulation(stats: PopulationStats, computedAt: string) {
      await db.insert(populationStats).values({ id: 1, stats, computedAt })
        .onConflictDoUpdate({ target: populationStats.id, set: { stats, computedAt } });
    },

    async population(): Promise<{ stats: PopulationStats; computedAt: string } | null> {
      const [row] = await db.select().from(populationStats).where(eq(populationStats.id, 1));
      return row ?? null;
    },

    /**
     * Replaces the materialised scores of these people, atomically: their
     * columns and their details. Each statement takes its rows as one JSON
     * parameter: fixed statements, no limit on bound variables, no per-batch
     * SQL to build. Built-in segment memberships follow from the columns.
     * Anyone erased since their facts were read is left out.
     */
    async save(batch: StoredBatch, computedAt: string) {
      if (batch.contacts === 0) return;
      const names = SCORE_COLUMNS.map(({ name }) => name);
      await db.batch([
        // Materialised, so each row's array is rendered once rather than once per column read from it.
        db.run(sql`with incoming(row) as materialized (select value from json_each(${batch.rows}))
          insert into contact_scores (${sql.raw(names.join(', '))}, computed_at)
          select ${sql.raw(names.map((_, i) => `row->>${i}`).join(', '))}, ${computedAt} from incoming
          where exists (select 1 from contacts where id = row->>0)
          on conflict (contact_id) do update set ${sql.raw([...names.slice(1), 'computed_at'].map((c) => `${c} = excluded.${c}`).join(', '))}`),
        // Keyed by contact id, so the database reads each detail whole as the value of its key.
        db.run(sql`insert into contact_score_details (contact_id, detail)
          select cast(key as integer), value from json_each(${batch.details})
          where exists (select 1 from contacts where id = cast(key as integer))
          on conflict (contact_id) do update set detail = excluded.detail`),
        // Their badges may show something else now: the change cursor moves past their addresses.
        recordChangesOf(db, sql`(select value->>0 from json_each(${batch.rows}))`),
      ]);
    },
  };
}

