/** What the engine writes (materialised scores and segment memberships, the base's statistics) and reads back. */
import { eq, sql } from 'drizzle-orm';
import type { ContactScores, StoredScores } from '../../../shared/models/contact-scores';
import type { PopulationStats } from '../../../shared/models/population';
import type { Db } from '../client';
import { contacts, contactScoreDetails, contactScores, populationStats, segmentMemberships } from '../schema';

/** contact_scores' columns in the order save() sends them. */
const SCORE_COLUMNS = [
  'contact_id', 'lead_score', 'lead_band', 'lead_grade', 'lead_qualification', 'rfm_r', 'rfm_f', 'rfm_m', 'rfm_segment', 'satisfaction',
  'value_tier', 'vip', 'lifecycle', 'funnel_stage', 'occasion', 'discovered_group', 'realised_revenue', 'predicted_value', 'churn_risk',
];

export function scoresRepository(db: Db) {
  return {
    /** What the engine last computed for one person, and when. */
    async of(contactId: number): Promise<{ scores: StoredScores; computedAt: string } | null> {
      const [row] = await db.select({ scores: contactScoreDetails.detail, computedAt: contactScores.computedAt }).from(contactScores)
        .innerJoin(contactScoreDetails, eq(contactScoreDetails.contactId, contactScores.contactId)).where(eq(contactScores.contactId, contactId));
      return row ?? null;
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
        select 1 from contacts c left join contact_score_details d on d.contact_id = c.id
        where d.contact_id is null or json_extract(d.detail, '$.version') is not ${version} limit 1`);
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
     */
    async save(scores: Map<number, ContactScores>, computedAt: string) {
      if (scores.size === 0) return;
      const rows = [...scores].map(([contactId, s]) => [
        contactId, s.lead.score, s.lead.band, s.lead.grade, s.lead.qualification, s.rfm?.r ?? null, s.rfm?.f ?? null, s.rfm?.m ?? null,
        s.rfm?.segment ?? null, s.satisfaction?.segment ?? null, s.valueTier, s.vip ? 1 : 0, s.lifecycle, s.funnel?.stage ?? null,
        s.occasion?.key ?? null, s.group?.index ?? null, s.realisedRevenue, s.lifetime?.predictedValue ?? null, s.lifetime?.churnRisk ?? null,
      ]);
      // Keyed by contact id, so the database reads each detail whole as the value of its key.
      const details = Object.fromEntries([...scores].map(([contactId, { segments: _inColumns, ...stored }]): [number, StoredScores] => [contactId, stored]));
      await db.batch([
        db.run(sql`insert into contact_scores (${sql.raw(SCORE_COLUMNS.join(', '))}, computed_at)
          select ${sql.raw(SCORE_COLUMNS.map((_, i) => `value->>${i}`).join(', '))}, ${computedAt} from json_each(${JSON.stringify(rows)}) where true
          on conflict (contact_id) do update set ${sql.raw([...SCORE_COLUMNS.slice(1), 'computed_at'].map((c) => `${c} = excluded.${c}`).join(', '))}`),
        db.run(sql`insert into contact_score_details (contact_id, detail)
          select cast(key as integer), value from json_each(${JSON.stringify(details)}) where true
          on conflict (contact_id) do update set detail = excluded.detail`),
      ]);
    },
  };
}

