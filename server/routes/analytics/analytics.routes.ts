import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { SegmentRef } from '../../../shared/schemas/segment-ref';
import { DealStage, RfmSegment, ValueTier } from '../../../shared/schemas/enums';
import { LocalizedText } from '../../../shared/schemas/offers';
import { guarded } from '../../lib/auth';
import { json, problems } from '../../lib/openapi';

const tags = ['analytics'];

const count = z.number().int().nonnegative();
const byKind = <T extends z.ZodType>(item: T) => z.array(z.object({ kind: z.string().describe('The part before the colon: rfm, value, lifecycle, satisfaction, lead, funnel, tag, …'), segments: z.array(item) }));

export const segments = createRoute({
  method: 'get', path: '/v1/analytics/segments', operationId: 'getSegmentSizes', tags, ...guarded('read'),
  summary: 'How many people each segment has now, grouped by kind (largest first within a kind)',
  responses: {
    200: json(z.object({
      people: count.describe('Everyone in the base, for shares'),
      kinds: byKind(z.object({ segment: SegmentRef, size: count })),
    }).meta({ id: 'SegmentSizes' }), 'Current segment sizes'),
    ...problems,
  },
});

export const segmentHistory = createRoute({
  method: 'get', path: '/v1/analytics/segments/history', operationId: 'getSegmentHistory', tags, ...guarded('read'),
  summary: 'A segment\'s size per day over the last `days` days (today included), as the daily full recompute recorded it; days without a recompute have no point',
  request: {
    query: z.object({
      segment: SegmentRef.describe('A segment as kind:key, e.g. rfm:champions'),
      days: z.coerce.number().int().min(1).max(730).default(90),
    }),
  },
  responses: {
    200: json(z.object({
      segment: SegmentRef,
      days: z.number().int(),
      points: z.array(z.object({ day: z.iso.date(), size: count })).describe('Oldest first'),
    }).meta({ id: 'SegmentHistory' }), 'Daily sizes'),
    ...problems,
  },
});

export const rfmGrid = createRoute({
  method: 'get', path: '/v1/analytics/rfm-grid', operationId: 'getRfmGrid', tags, ...guarded('read'),
  summary: 'Customers in each of the 25 recency × frequency cells (scores 1–5), the cell\'s segment under the workspace\'s RFM map and the cell\'s average monetary score',
  responses: {
    200: json(z.object({
      customers: count.describe('People with an RFM score (at least one order)'),
      cells: z.array(z.object({
        r: z.number().int().min(1).max(5),
        f: z.number().int().min(1).max(5),
        segment: RfmSegment,
        customers: count,
        averageMonetaryScore: z.number().nullable().describe('Mean M score (1–5) of the cell; null when it is empty'),
      })).describe('R ascending, then F ascending'),
    }).meta({ id: 'RfmGrid' }), 'The grid'),
    ...problems,
  },
});

const Histogram = z.object({
  bins: z.array(z.object({ from: z.number(), to: z.number(), people: count })).describe('from ≤ value < to; the last bin also holds value = to'),
  missing: count.describe('Scored people without this figure (predicted value: people without orders, or everyone while the base is too small to fit the lifetime value models)'),
}).meta({ id: 'Histogram' });

export const distributions = createRoute({
  method: 'get', path: '/v1/analytics/distributions', operationId: 'getDistributions', tags, ...guarded('read'),
  summary: 'Histograms of lead score (10-point bins), predicted lifetime value and realised revenue (log scale: steps of 1, 2, 5 per power of ten from the smallest positive value, after one underflow bin from the smallest value, e.g. 0 for people without orders), churn risk (bins of 0.1); people per lead grade and value tier',
  responses: {
    200: json(z.object({
      scored: count.describe('People with computed scores; each histogram\'s bins and missing add up to it'),
      leadScore: Histogram,
      predictedValue: Histogram,
      realisedRevenue: Histogram,
      churnRisk: Histogram,
      leadGrades: z.array(z.object({ grade: z.string(), people: count })).describe('A1 (best fit, most engaged) … C3'),
      valueTiers: z.array(z.object({ tier: ValueTier.nullable(), people: count })).describe('null: no tier (no orders)'),
    }).meta({ id: 'Distributions' }), 'The distributions'),
    ...problems,
  },
});

export const funnel = createRoute({
  method: 'get', path: '/v1/analytics/funnel', operationId: 'getFunnel', tags, ...guarded('read'),
  summary: 'The deal funnel (intro → free_trial → formal_proposal → negotiation → contract_signed): deals at each stage now, conversion to the next stage and median days in each stage, from the stage history',
  responses: {
    200: json(z.object({
      stages: z.array(z.object({
        stage: DealStage,
        deals: count.describe('Deals at this stage now (for contract_signed: signed deals)'),
        reached: count.describe('Deals that were ever at this stage'),
        conversionToNext: z.number().min(0).max(1).nullable().describe('Of the deals that reached this stage, the share that also reached the next one; null for the last stage or when none reached this one'),
        medianDaysInStage: z.number().nullable().describe('Median days deals stayed at this stage before moving on; deals still there do not count'),
        completedStays: count.describe('Stays the median is taken over'),
      })),
      lost: count,
    }).meta({ id: 'Funnel' }), 'The funnel'),
    ...problems,
  },
});

export const satisfaction = createRoute({
  method: 'get', path: '/v1/analytics/satisfaction', operationId: 'getSatisfactionByMonth', tags, ...guarded('read'),
  summary: 'Survey answers per calendar month (UTC, YYYY-MM) of the last `months`: mean CSAT, NPS (% promoters 9–10 minus % detractors 0–6) and each answer as satisfied, dissatisfied or angry by its own score under the workspace\'s satisfaction rules',
  request: { query: z.object({ months: z.coerce.number().int().min(1).max(120).default(12) }) },
  responses: {
    200: json(z.object({
      months: z.array(z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        answers: count,
        csatAnswers: count,
        meanCsat: z.number().nullable().describe('1–5; null without CSAT answers'),
        npsAnswers: count,
        promoters: count,
        detractors: count,
        nps: z.number().min(-100).max(100).nullable().describe('Null without NPS answers'),
        satisfied: count,
        dissatisfied: count,
        angry: count,
      })).describe('Oldest first, every month listed'),
    }).meta({ id: 'SatisfactionByMonth' }), 'Satisfaction by month'),
    ...problems,
  },
});

const Redemptions = { redemptions: count.describe('offer_redeemed events'), people: count.describe('Distinct people who redeemed') };

export const offers = createRoute({
  method: 'get', path: '/v1/analytics/offers', operationId: 'getOfferRedemptions', tags, ...guarded('read'),
  summary: 'Redemptions of each offer (every offer, best first, then removed ones still redeemed), broken down by the segments the redeeming people are in now',
  responses: {
    200: json(z.object({
      items: z.array(z.object({
        offer: z.string(),
        title: LocalizedText.nullable().describe('Null for an offer since removed'),
        ...Redemptions,
        bySegment: byKind(z.object({ segment: SegmentRef, ...Redemptions })),
      })),
    }).meta({ id: 'OfferRedemptions' }), 'Redemptions per offer'),
    ...problems,
  },
});
