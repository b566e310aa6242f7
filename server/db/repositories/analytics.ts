/**
 * Aggregates for the dashboards: segment sizes and their daily history, the
 * RFM grid, score distributions, the deal funnel, satisfaction by month and
 * offer redemptions. Every figure is one grouped query over the whole base;
 * only the handful of rows it returns is shaped here.
 */
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../../shared/schemas/offers';
import type { RfmSegmentMap, SatisfactionRules } from '../../../shared/schemas/config';
import { DealStage, type RfmSegment, ValueTier } from '../../../shared/schemas/enums';
import type { Db } from '../client';
import { contactScores, segmentSizeHistory } from '../schema';

const DAY_MS = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The funnel's stages in order; `lost` is its other end, counted apart. */
const FUNNEL_STAGES = DealStage.options.filter((stage) => stage !== 'lost');
const LEAD_GRADES = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3'];
/** Lead score 0–100 in 10-point bins, churn risk 0–1 in bins of 0.1 (the last bin of each includes its top). */
const LEAD_SCORE_EDGES = Array.from({ length: 11 }, (_, i) => i * 10);
const CHURN_RISK_EDGES = Array.from({ length: 11 }, (_, i) => i / 10);

/** The score columns a histogram can be drawn of. */
const HISTOGRAM_COLUMNS = {
  leadScore: contactScores.leadScore,
  predictedValue: contactScores.predictedValue,
  realisedRevenue: contactScores.realisedRevenue,
  churnRisk: contactScores.churnRisk,
} as const;
type HistogramColumn = keyof typeof HISTOGRAM_COLUMNS;

type Histogram = {
  /** People with from ≤ value < to; the last bin also holds value = to. */
  bins: Array<{ from: number; to: number; people: number }>;
  /** Scored people without this figure. */
  missing: number;
};

type SegmentSize = { segment: string; size: number };
type SegmentsByKind<T extends { segment: string }> = Array<{ kind: string; segments: T[] }>;

/** "rfm:champions" → kind "rfm"; rows keep their order within each kind. */
function groupByKind<T extends { segment: string }>(rows: T[]): SegmentsByKind<T> {
  const kinds = new Map<string, T[]>();
  for (const row of rows) {
    const kind = row.segment.slice(0, row.segment.indexOf(':'));
    if (!kinds.has(kind)) kinds.set(kind, []);
    kinds.get(kind)!.push(row);
  }
  return [...kinds].map(([kind, segments]) => ({ kind, segments }));
}

/** The step after `edge` in the series 1, 2, 5, 10, 20, 50, … (and likewise below 1). */
function next125(edge: number): number {
  const power = 10 ** Math.floor(Math.log10(edge));
  const mantissa = Math.round(edge / power);
  return (mantissa === 1 ? 2 : mantissa === 2 ? 5 : 10) * power;
}

/**
 * Edges of a log-scale histogram for money: the 1-2-5 series from the step at
 * or below the smallest positive value to the first step above the largest,
 * after an underflow bin from the smallest value (0: people without orders).
 */
function moneyEdges({ min, minPositive, max }: { min: number | null; minPositive: number | null; max: number | null }): number[] {
  if (min === null || max === null) return [];
  if (minPositive === null) return [min, max];
  const power = 10 ** Math.floor(Math.log10(minPositive));
  const mantissa = minPositive / power;
  const edges = [(mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power];
  while (edges.at(-1)! <= max) edges.push(next125(edges.at(-1)!));
  return min < minPositive ? [min, ...edges] : edges;
}

export function analyticsRepository(db: Db) {
  /** People per bin of one score column: a value's bin is how many edges after the first lie at or below it, the top edge kept in the last bin. */
  async function histogram(column: HistogramColumn, edges: number[], missing: number): Promise<Histogram> {
    if (edges.length < 2) return { bins: [], missing };
    const col = HISTOGRAM_COLUMNS[column];
    const upper = JSON.stringify(edges.slice(1));
    const rows = await db.all<{ bin: number; people: number }>(sql`
      select min((select count(*) from json_each(${upper}) as edge where edge.value <= ${col}), ${edges.length - 2}) as bin, count(*) as people
      from ${contactScores} where ${col} is not null group by bin`);
    const people = new Map(rows.map((row) => [row.bin, row.people]));
    return { bins: edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, people: people.get(i) ?? 0 })), missing };
  }

  return {
    /** How many people each segment has now. */
    async segmentSizes(): Promise<SegmentsByKind<SegmentSize>> {
      const rows = await db.all<SegmentSize>(sql`
        select segment, count(*) as size from segment_memberships group by segment
        order by substr(segment, 1, instr(segment, ':') - 1), size desc, segment`);
      return groupByKind(rows);
    },

    /** A segment's recorded daily sizes over the last `days` days (today included), oldest first. */
    segmentHistory(segment: string, days: number, now: Date): Promise<Array<{ day: string; size: number }>> {
      const since = isoDay(new Date(now.getTime() - (days - 1) * DAY_MS));
      return db.select({ day: segmentSizeHistory.day, size: segmentSizeHistory.size }).from(segmentSizeHistory)
        .where(and(eq(segmentSizeHistory.segment, segment), gte(segmentSizeHistory.day, since)))
        .orderBy(asc(segmentSizeHistory.day));
    },

    /**
     * Records every segment's size for `day` (YYYY-MM-DD), replacing that day's
     * earlier snapshot. Segments recorded before but empty now get 0, so one
     * that emptied since an earlier snapshot that day does not keep its old size.
     */
    async snapshotSegmentSizes(day: string) {
      await db.run(sql`
        insert into segment_size_history (day, segment, size)
        select ${day}, segment, sum(size) from (
          select segment, count(*) as size from segment_memberships group by segment
          union all select distinct segment, 0 from segment_size_history)
        group by segment
        on conflict (segment, day) do update set size = excluded.size`);
    },

    /** Customers per (R, F) cell, all 25 cells, with the cell's segment under this map and its average M score. */
    async rfmGrid(segmentMap: RfmSegmentMap) {
      const rows = await db.all<{ r: number; f: number; customers: number; averageMonetaryScore: number }>(sql`
        select rfm_r as r, rfm_f as f, count(*) as customers, avg(rfm_m) as averageMonetaryScore
        from contact_scores where rfm_r is not null and rfm_f is not null group by rfm_r, rfm_f`);
      const counted = new Map(rows.map((row) => [`${row.r}:${row.f}`, row]));
      const cells: Array<{ r: number; f: number; segment: RfmSegment; customers: number; averageMonetaryScore: number | null }> = [];
      for (let r = 1; r <= 5; r++) {
        for (let f = 1; f <= 5; f++) {
          // The map's schema guarantees every cell is in exactly one segment.
          const { segment } = segmentMap.find((s) => r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1])!;
          const row = counted.get(`${r}:${f}`);
          cells.push({ r, f, segment, customers: row?.customers ?? 0, averageMonetaryScore: row?.averageMonetaryScore ?? null });
        }
      }
      return { customers: rows.reduce((sum, row) => sum + row.customers, 0), cells };
    },

    /** Histograms of the scores and people per lead grade and value tier. */
    async distributions() {
      const [spread] = await db.all<{
        scored: number; withPredictedValue: number; withChurnRisk: number;
        revenueMin: number | null; revenueMinPositive: number | null; revenueMax: number | null;
        predictedMin: number | null; predictedMinPositive: number | null; predictedMax: number | null;
      }>(sql`
        select count(*) as scored, count(predicted_value) as withPredictedValue, count(churn_risk) as withChurnRisk,
               min(realised_revenue) as revenueMin, min(case when realised_revenue > 0 then realised_revenue end) as revenueMinPositive,
               max(realised_revenue) as revenueMax,
               min(predicted_value) as predictedMin, min(case when predicted_value > 0 then predicted_value end) as predictedMinPositive,
               max(predicted_value) as predictedMax
        from contact_scores`);
      const s = spread!;
      const [leadScore, predictedValue, realisedRevenue, churnRisk, gradeRows, tierRows] = await Promise.all([
        histogram('leadScore', LEAD_SCORE_EDGES, 0),
        histogram('predictedValue', moneyEdges({ min: s.predictedMin, minPositive: s.predictedMinPositive, max: s.predictedMax }), s.scored - s.withPredictedValue),
        histogram('realisedRevenue', moneyEdges({ min: s.revenueMin, minPositive: s.revenueMinPositive, max: s.revenueMax }), 0),
        histogram('churnRisk', CHURN_RISK_EDGES, s.scored - s.withChurnRisk),
        db.all<{ grade: string; people: number }>(sql`select lead_grade as grade, count(*) as people from contact_scores where lead_grade is not null group by lead_grade`),
        db.all<{ tier: ValueTier | null; people: number }>(sql`select value_tier as tier, count(*) as people from contact_scores group by value_tier`),
      ]);
      const grades = new Map(gradeRows.map((row) => [row.grade, row.people]));
      const tiers = new Map(tierRows.map((row) => [row.tier, row.people]));
      return {
        scored: s.scored,
        leadScore, predictedValue, realisedRevenue, churnRisk,
        leadGrades: LEAD_GRADES.map((grade) => ({ grade, people: grades.get(grade) ?? 0 })),
        valueTiers: [...ValueTier.options, null].map((tier) => ({ tier, people: tiers.get(tier) ?? 0 })),
      };
    },

    /**
     * The deal funnel: deals now at each stage; of the deals that ever reached
     * a stage, the share that also reached the next one; and the median days a
     * deal stayed in each stage, over the stays that ended (the deal moved on).
     */
    async funnel() {
      const stages = JSON.stringify(FUNNEL_STAGES);
      const [current, reach, stays] = await Promise.all([
        db.all<{ stage: DealStage; deals: number }>(sql`select stage, count(*) as deals from deals group by stage`),
        db.all<{ stage: DealStage; reached: number; reachedNext: number }>(sql`
          with funnel as (select value as stage, key as position from json_each(${stages})),
          reaching as (select distinct history.deal_id, funnel.position from deal_stage_history as history join funnel on funnel.stage = history.to_stage)
          select funnel.stage, count(distinct here.deal_id) as reached, count(distinct onward.deal_id) as reachedNext
          from funnel
          left join reaching as here on here.position = funnel.position
          left join reaching as onward on onward.deal_id = here.deal_id and onward.position = funnel.position + 1
          group by funnel.position, funnel.stage`),
        // The median is the middle stay, or the mean of the middle two, of each stage's stays ranked by length.
        db.all<{ stage: DealStage; medianDays: number; stays: number }>(sql`
          with stays as (
            select to_stage as stage,
                   julianday(lead(changed_at) over (partition by deal_id order by changed_at, id)) - julianday(changed_at) as days
            from deal_stage_history),
          ranked as (
            select stage, days, row_number() over (partition by stage order by days) as n, count(*) over (partition by stage) as stays
            from stays where days is not null)
          select stage, avg(days) as medianDays, max(stays) as stays from ranked
          where n in ((stays + 1) / 2, (stays + 2) / 2) group by stage`),
      ]);
      const deals = new Map(current.map((row) => [row.stage, row.deals]));
      const reached = new Map(reach.map((row) => [row.stage, row]));
      const stayed = new Map(stays.map((row) => [row.stage, row]));
      return {
        stages: FUNNEL_STAGES.map((stage, i) => {
          const { reached: count = 0, reachedNext = 0 } = reached.get(stage) ?? {};
          const isLast = i === FUNNEL_STAGES.length - 1;
          return {
            stage,
            deals: deals.get(stage) ?? 0,
            reached: count,
            conversionToNext: isLast || count === 0 ? null : reachedNext / count,
            medianDaysInStage: stayed.get(stage)?.medianDays ?? null,
            completedStays: stayed.get(stage)?.stays ?? 0,
          };
        }),
        lost: deals.get('lost') ?? 0,
      };
    },

    /**
     * Survey answers per calendar month (UTC) of the last `months`, this one
     * included: each answer is satisfied, dissatisfied or angry by its own score
     * under the workspace's satisfaction rules; NPS is % promoters (9–10) minus
     * % detractors (0–6) of the NPS answers.
     */
    async satisfaction(months: number, rules: SatisfactionRules, now: Date) {
      const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
      const rows = await db.all<{
        month: string; answers: number; csatAnswers: number; meanCsat: number | null; npsAnswers: number;
        promoters: number; detractors: number; satisfied: number; dissatisfied: number; angry: number;
      }>(sql`
        with answers as (
          select substr(responded_at, 1, 7) as month, kind, score,
                 case when score >= (case kind when 'csat' then ${rules.csat.satisfiedFrom} else ${rules.nps.satisfiedFrom} end) then 'satisfied'
                      when score < (case kind when 'csat' then ${rules.csat.angryBelow} else ${rules.nps.angryBelow} end) then 'angry'
                      else 'dissatisfied' end as mood
          from surveys where responded_at >= ${first.toISOString()})
        select month, count(*) as answers,
               sum(kind = 'csat') as csatAnswers, avg(case when kind = 'csat' then score end) as meanCsat,
               sum(kind = 'nps') as npsAnswers, sum(kind = 'nps' and score >= 9) as promoters, sum(kind = 'nps' and score <= 6) as detractors,
               sum(mood = 'satisfied') as satisfied, sum(mood = 'dissatisfied') as dissatisfied, sum(mood = 'angry') as angry
        from answers group by month`);
      const byMonth = new Map(rows.map((row) => [row.month, row]));
      return Array.from({ length: months }, (_, i) => {
        const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)).toISOString().slice(0, 7);
        const row = byMonth.get(month);
        if (!row) return { month, answers: 0, csatAnswers: 0, meanCsat: null, npsAnswers: 0, nps: null, promoters: 0, detractors: 0, satisfied: 0, dissatisfied: 0, angry: 0 };
        const { promoters, detractors, npsAnswers } = row;
        return { ...row, nps: npsAnswers ? (100 * (promoters - detractors)) / npsAnswers : null };
      });
    },

    /**
     * Redemptions (offer_redeemed events naming an offer) per offer, every
     * offer listed, and per segment the redeeming people are in now.
     */
    async offerRedemptions() {
      const rows = await db.all<{ offer: string; title: string | null; segment: string | null; redemptions: number; people: number }>(sql`
        with redeemed as (
          select contact_id, json_extract(properties, '$.offer') as offer from events
          where type = 'offer_redeemed' and json_extract(properties, '$.offer') is not null),
        counts as (
          select offer, null as segment, count(*) as redemptions, count(distinct contact_id) as people from redeemed group by offer
          union all
          select redeemed.offer, member.segment, count(*), count(distinct redeemed.contact_id)
          from redeemed join segment_memberships as member on member.contact_id = redeemed.contact_id
          group by redeemed.offer, member.segment)
        select known.offer, offers.title, counts.segment, coalesce(counts.redemptions, 0) as redemptions, coalesce(counts.people, 0) as people
        from (select key as offer from offers union select offer from redeemed) as known
        left join offers on offers.key = known.offer
        left join counts on counts.offer = known.offer
        order by offers.priority is null, offers.priority, known.offer,
                 substr(counts.segment, 1, instr(counts.segment, ':') - 1), counts.redemptions desc, counts.segment`);
      type Redemptions = { redemptions: number; people: number };
      const offers = new Map<string, { offer: string; title: LocalizedText | null; segments: Array<{ segment: string } & Redemptions> } & Redemptions>();
      for (const { offer, title, segment, redemptions, people } of rows) {
        const entry = offers.get(offer) ?? { offer, title: title === null ? null : JSON.parse(title) as LocalizedText, redemptions: 0, people: 0, segments: [] };
        offers.set(offer, entry);
        if (segment === null) {
          entry.redemptions = redemptions;
          entry.people = people;
        } else {
          entry.segments.push({ segment, redemptions, people });
        }
      }
      return [...offers.values()].map(({ segments, ...offer }) => ({ ...offer, bySegment: groupByKind(segments) }));
    },
  };
}
