/**
 * What the engine reads (facts per person, the base's aggregates) and writes
 * (materialised scores and segment memberships).
 */
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { ContactFacts, ContactScores } from '../../../shared/models/contact-scores';
import type { BasketOrder } from '../../../shared/models/association-rules';
import type { ClusterRow } from '../../../shared/models/clusters';
import type { CustomerAggregate, PopulationStats } from '../../../shared/models/population';
import type { DealStage } from '../../../shared/schemas/enums';
import type { Db } from '../client';
import { companies, contacts, contactScores, contactTags, deals, populationStats, surveys, tags } from '../schema';

const CLOSED_STAGES: DealStage[] = ['contract_signed', 'lost'];
/** contact_scores' columns in the order save() sends them. */
const SCORE_COLUMNS = [
  'contact_id', 'lead_score', 'lead_band', 'lead_grade', 'rfm_r', 'rfm_f', 'rfm_m', 'rfm_segment', 'satisfaction', 'value_tier',
  'lifecycle', 'funnel_stage', 'realised_revenue', 'predicted_value', 'churn_risk', 'detail',
];

export function scoresRepository(db: Db) {
  /**
   * Per customer (of these ids, or all): orders, revenue, the last order, and
   * purchase days as the lifetime value models count them — one grouped pass
   * over the orders, purchase days first, then per customer.
   */
  async function orderAggregates(ids: number[] | undefined) {
    const only = ids ? sql`where contact_id in (select value from json_each(${JSON.stringify(ids)}))` : sql``;
    const rows = await db.all<{
      id: number; orders: number; revenue: number; last: string; days: number; firstDay: string; lastDay: string; firstDayTotal: number;
    }>(sql`
      select contact_id as id, sum(orders) as orders, sum(amount) as revenue, max(last) as last, count(*) as days,
             min(day) as firstDay, max(day) as lastDay, sum(case when nth = 1 then amount end) as firstDayTotal
      from (select contact_id, date(ordered_at) as day, count(*) as orders, sum(amount) as amount, max(ordered_at) as last,
                   row_number() over (partition by contact_id order by date(ordered_at)) as nth
            from orders ${only} group by contact_id, day)
      group by contact_id`);
    return rows.map((r) => ({
      id: r.id,
      frequency: r.orders,
      monetary: r.revenue,
      last: r.last,
      purchases: { days: r.days, firstDay: r.firstDay, lastDay: r.lastDay, total: r.revenue, firstDayTotal: r.firstDayTotal },
    }));
  }

  return {
    /** What the engine last computed for one person, and when. */
    async of(contactId: number): Promise<{ scores: ContactScores; computedAt: string } | null> {
      const [row] = await db.select({ scores: contactScores.detail, computedAt: contactScores.computedAt })
        .from(contactScores).where(eq(contactScores.contactId, contactId));
      return row ?? null;
    },

    /** Whether anyone's stored scores were written by another version of the engine. */
    async anyStale(version: number): Promise<boolean> {
      const rows = await db.all(sql`select 1 from contact_scores where json_extract(detail, '$.version') is not ${version} limit 1`);
      return rows.length > 0;
    },

    async contactCount(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)` }).from(contacts);
      return row!.n;
    },

    async allContactIds(afterId: number, limit: number): Promise<number[]> {
      const rows = await db.select({ id: contacts.id }).from(contacts)
        .where(sql`${contacts.id} > ${afterId}`).orderBy(contacts.id).limit(limit);
      return rows.map((r) => r.id);
    },

    /** One aggregate per customer, for the base's quintiles, percentiles and lifetime value models. */
    async customerAggregates(now: Date): Promise<CustomerAggregate[]> {
      const rows = await orderAggregates(undefined);
      return rows.map(({ id: _id, last, ...r }) => ({ ...r, recencyDays: Math.max(0, Math.floor((now.getTime() - Date.parse(last)) / 86_400_000)) }));
    },

    /**
     * Up to `size` people, evenly spread over the base (every n-th by id, so the
     * same base gives the same sample), as the discovered groups see them.
     */
    async groupingSample(now: Date, eventDays: number, size: number): Promise<ClusterRow[]> {
      const [{ n } = { n: 0 }] = await db.all<{ n: number }>(sql`select count(*) as n from contacts`);
      const every = Math.max(1, Math.ceil(n / size));
      const since = new Date(now.getTime() - eventDays * 86_400_000).toISOString();
      const rows = await db.all<{ id: number; joined: string; orders: number; revenue: number; last: string | null; engagement: number }>(sql`
        select c.id, c.created_at as joined, count(o.id) as orders, coalesce(sum(o.amount), 0) as revenue, max(o.ordered_at) as last,
               (select count(*) from events e where e.contact_id = c.id and e.occurred_at >= ${since}) as engagement
        from contacts c left join orders o on o.contact_id = c.id
        where c.id % ${every} = 0
        group by c.id`);
      const days = (iso: string) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));
      return rows.map((r) => ({ id: r.id, recencyDays: days(r.last ?? r.joined), frequency: r.orders, monetary: r.revenue, engagement: r.engagement }));
    },

    /**
     * Orders as the product lines in them: the baskets association rules are
     * mined from. A large base gives an evenly spread sample of `size` orders
     * (every n-th by id): plenty for rules over a few dozen lines.
     */
    async baskets(size: number): Promise<BasketOrder[]> {
      const [{ n } = { n: 0 }] = await db.all<{ n: number }>(sql`select count(*) as n from orders`);
      const every = Math.max(1, Math.ceil(n / size));
      const rows = await db.all<{ orderId: number; contactId: number; lines: string }>(sql`
        select o.id as orderId, o.contact_id as contactId, group_concat(distinct l.product_line) as lines
        from orders o join order_lines l on l.order_id = o.id where o.id % ${every} = 0 group by o.id`);
      return rows.map((r) => ({ orderId: r.orderId, contactId: r.contactId, items: r.lines.split(',') }));
    },

    /**
     * Facts for a batch of people: a handful of grouped queries, never one per
     * person. Each takes the batch as one JSON parameter, so the statements stay
     * the same whatever the batch (and the database can reuse them).
     */
    async facts(ids: number[], now: Date, windows: { eventDays: number; complaintDays: number }): Promise<Map<number, ContactFacts>> {
      const facts = new Map<number, ContactFacts>();
      if (ids.length === 0) return facts;
      const batch = sql`(select value from json_each(${JSON.stringify(ids)}))`;
      const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
      const people = await db.select({
        id: contacts.id, name: contacts.name, honorific: contacts.honorific, gender: contacts.gender, locale: contacts.locale,
        birthday: contacts.birthday, jobTitle: contacts.jobTitle, joinedAt: contacts.createdAt,
        jobLevel: contacts.jobLevel, education: contacts.education, occupation: contacts.occupation,
        incomeBand: contacts.incomeBand, acquisitionSource: contacts.acquisitionSource,
        companySize: companies.size, industry: companies.industry, revenueBand: companies.revenueBand,
      }).from(contacts).leftJoin(companies, eq(companies.id, contacts.companyId)).where(sql`${contacts.id} in ${batch}`);
      for (const { id, name, honorific, gender, locale, birthday, jobTitle, joinedAt, ...properties } of people) {
        facts.set(id, {
          orders: { count: 0, revenue: 0, lastOrderedAt: null },
          purchases: null, events: [], recentComplaints: 0, latestSurvey: null, openDeal: null, tags: [], properties,
          person: { name, honorific, gender, locale, birthday, jobTitle }, joinedAt, productLines: [], skus: [],
        });
      }
      const [orderRows, lineRows, eventRows, complaintRows, surveyRows, dealRows, tagRows] = await Promise.all([
        orderAggregates(ids),
        db.all<{ id: number; lines: string; skus: string }>(sql`
          select o.contact_id as id, group_concat(distinct l.product_line) as lines, group_concat(distinct l.sku) as skus
          from orders o join order_lines l on l.order_id = o.id where o.contact_id in ${batch} group by o.contact_id`),
        // One row per person: their events per type and age in days, as JSON, which is far cheaper to read than a row each.
        db.all<{ id: number; events: string }>(sql`
          select id, json_group_array(json_object('type', type, 'ageDays', age, 'count', n)) as events
          from (select contact_id as id, type, cast(julianday(${now.toISOString()}) - julianday(occurred_at) as integer) as age, count(*) as n
                from events where contact_id in ${batch} and occurred_at >= ${daysAgo(windows.eventDays)} group by contact_id, type, age)
          group by id`),
        db.all<{ id: number; n: number }>(sql`
          select contact_id as id, count(*) as n from events
          where contact_id in ${batch} and type = 'complaint' and occurred_at >= ${daysAgo(windows.complaintDays)} group by contact_id`),
        db.select({ id: surveys.contactId, kind: surveys.kind, score: surveys.score, respondedAt: surveys.respondedAt }).from(surveys)
          .where(sql`${surveys.contactId} in ${batch}`).orderBy(surveys.contactId, sql`${surveys.respondedAt} desc`, sql`${surveys.id} desc`),
        db.select({ id: deals.contactId, title: deals.title, stage: deals.stage, stageChangedAt: deals.stageChangedAt }).from(deals)
          .where(and(sql`${deals.contactId} in ${batch}`, notInArray(deals.stage, CLOSED_STAGES)))
          .orderBy(deals.contactId, sql`${deals.stageChangedAt} desc`, sql`${deals.id} desc`),
        db.select({ id: contactTags.contactId, slug: tags.slug, label: tags.label }).from(contactTags)
          .innerJoin(tags, eq(tags.id, contactTags.tagId)).where(sql`${contactTags.contactId} in ${batch}`).orderBy(tags.slug),
      ]);
      for (const r of orderRows) {
        const f = facts.get(r.id)!;
        f.orders = { count: r.frequency, revenue: r.monetary, lastOrderedAt: r.last };
        f.purchases = r.purchases;
      }
      for (const { id, lines, skus } of lineRows) Object.assign(facts.get(id)!, { productLines: lines.split(',').sort(), skus: skus.split(',').sort() });
      for (const { id, events: list } of eventRows) facts.get(id)!.events = JSON.parse(list);
      for (const { id, n } of complaintRows) facts.get(id)!.recentComplaints = n;
      // Rows come newest first per person, so the first one seen is the latest.
      for (const { id, ...s } of surveyRows) facts.get(id)!.latestSurvey ??= s;
      for (const { id, ...d } of dealRows) facts.get(id)!.openDeal ??= d;
      for (const { id, ...t } of tagRows) facts.get(id)!.tags.push(t);
      return facts;
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
     * Replaces the materialised scores and memberships of these people,
     * atomically. The rows travel as one JSON parameter per statement: fixed
     * statements, no limit on bound variables, and no per-batch SQL to build.
     */
    async save(scores: Map<number, ContactScores>, computedAt: string) {
      if (scores.size === 0) return;
      const rows = [...scores].map(([contactId, s]) => [
        contactId, s.lead.score, s.lead.band, s.lead.grade, s.rfm?.r ?? null, s.rfm?.f ?? null, s.rfm?.m ?? null, s.rfm?.segment ?? null,
        s.satisfaction?.segment ?? null, s.valueTier, s.lifecycle, s.funnel?.stage ?? null, s.realisedRevenue,
        s.lifetime?.predictedValue ?? null, s.lifetime?.churnRisk ?? null, JSON.stringify(s),
      ]);
      const memberships = [...scores].map(([contactId, s]) => [contactId, s.segments]);
      const columns = SCORE_COLUMNS.join(', ');
      await db.batch([
        db.run(sql`insert into contact_scores (${sql.raw(columns)}, computed_at)
          select ${sql.raw(SCORE_COLUMNS.map((_, i) => `value->>${i}`).join(', '))}, ${computedAt} from json_each(${JSON.stringify(rows)}) where true
          on conflict (contact_id) do update set ${sql.raw([...SCORE_COLUMNS.slice(1), 'computed_at'].map((c) => `${c} = excluded.${c}`).join(', '))}`),
        // Custom segments' memberships ("segment:…") are kept by their own rules, after the scores they read.
        db.run(sql`delete from segment_memberships
          where contact_id in (select value from json_each(${JSON.stringify([...scores.keys()])})) and segment not like 'segment:%'`),
        db.run(sql`insert into segment_memberships (contact_id, segment)
          select p.value->>0, s.value from json_each(${JSON.stringify(memberships)}) p, json_each(p.value->1) s`),
      ]);
    },
  };
}

