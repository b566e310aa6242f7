/**
 * The workspace's rules, as data a manager can read and change through the
 * API: the RFM segment map, lead scoring, lifecycle, value tiers, satisfaction
 * and funnel milestones. Each has a schema here and a default in shared/data.
 */
import { z } from 'zod';
import * as E from './enums';

const score = z.number().int().min(1).max(5);
const range = z.tuple([score, score]).refine(([lo, hi]) => lo <= hi, { error: 'must be [low, high] with low ≤ high' });
const days = z.number().int().min(1).max(3650);
const percentile = z.number().min(0).max(1);

/** The R×F grid: every one of the 25 cells belongs to exactly one segment. */
export const RfmSegmentMap = z.array(z.object({ segment: E.RfmSegment, r: range, f: range })).min(1).superRefine((map, ctx) => {
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const cells = map.filter((s) => r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1]).length;
      if (cells !== 1) ctx.addIssue({ code: 'custom', message: `cell R${r} F${f} is in ${cells} segments; it must be in exactly one` });
    }
  }
});
export type RfmSegmentMap = z.infer<typeof RfmSegmentMap>;

/** Profile and company properties that earn fit points. */
export const FitProperty = z.enum(['jobLevel', 'education', 'occupation', 'incomeBand', 'companySize', 'industry', 'revenueBand', 'acquisitionSource']);
export type FitProperty = z.infer<typeof FitProperty>;

export const LeadScoringRules = z.object({
  windowDays: days,
  /** An event's points halve every this many days; null: no decay within the window. */
  halfLifeDays: z.number().positive().max(3650).nullable(),
  engagement: z.array(z.object({
    event: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be an event type in snake_case'),
    points: z.number().int().min(-100).max(100).refine((p) => p !== 0, 'must not be 0'),
    /** The most (or, for negative rules, the least) this rule adds up to. */
    cap: z.number().int().min(-200).max(200),
  }).refine((r) => Math.sign(r.cap) === Math.sign(r.points), { error: 'cap must have the sign of points', path: ['cap'] })),
  fit: z.array(z.object({ property: FitProperty, value: z.string().min(1), points: z.number().int().min(-100).max(100) })),
  /** Fit letters (A best) and engagement digits (1 best), e.g. "A1". */
  grade: z.object({
    fit: z.object({ A: z.number().int(), B: z.number().int() }).refine((g) => g.A > g.B, 'A must need more than B'),
    engagement: z.object({ 1: z.number().int(), 2: z.number().int() }).refine((g) => g[1] > g[2], '1 must need more than 2'),
  }),
  /** Bands over the combined score (fit + engagement, 0–100). */
  bands: z.object({ warmFrom: z.number().int().min(1).max(100), hotFrom: z.number().int().min(1).max(100) })
    .refine((b) => b.hotFrom > b.warmFrom, 'hotFrom must be above warmFrom'),
  /** Marketing- and sales-qualified from these combined scores; SQL also needs a fit grade of at least B. */
  qualification: z.object({ mqlFrom: z.number().int().min(1).max(100), sqlFrom: z.number().int().min(1).max(100) })
    .refine((q) => q.sqlFrom >= q.mqlFrom, 'sqlFrom must be at least mqlFrom'),
});
export type LeadScoringRules = z.infer<typeof LeadScoringRules>;

export const LifecycleRules = z.array(z.object({
  stage: E.LifecycleStage,
  minOrders: z.number().int().min(0).optional(),
  maxOrders: z.number().int().min(0).optional(),
  minDaysSinceOrder: z.number().int().min(0).optional(),
})).min(1).refine((rules) => rules.some((r) => r.minOrders === undefined && r.minDaysSinceOrder === undefined) || rules.some((r) => r.maxOrders === 0),
  'some rule must match people without orders');
export type LifecycleRules = z.infer<typeof LifecycleRules>;

/**
 * Value tiers by percentile of predicted lifetime value (realised revenue
 * until the base is large enough to fit the models), and how that value is predicted.
 */
export const ValueTierRules = z.object({
  goldFromPercentile: percentile,
  lowBelowPercentile: percentile,
  /** The VIP tag: this top share of value. */
  vipFromPercentile: percentile,
  /** Lifetime value over this many months ahead, discounted monthly at this rate. */
  horizonMonths: z.number().int().min(1).max(120),
  monthlyDiscountRate: z.number().min(0).max(0.5),
  /** L2 penalty of the BG/NBD and Gamma-Gamma fits (as in the lifetimes library); 0 for none. */
  penalizer: z.number().min(0).max(10),
}).refine((v) => v.lowBelowPercentile < v.goldFromPercentile && v.goldFromPercentile <= v.vipFromPercentile,
  'percentiles must rise: low < gold ≤ vip');
export type ValueTierRules = z.infer<typeof ValueTierRules>;

export const SatisfactionRules = z.object({
  csat: z.object({ satisfiedFrom: z.number().int().min(1).max(5), angryBelow: z.number().int().min(1).max(5) }),
  nps: z.object({ satisfiedFrom: z.number().int().min(0).max(10), angryBelow: z.number().int().min(0).max(10) }),
  /** Complaints this recent make a satisfied person dissatisfied; this many make anyone angry. */
  complaintWindowDays: days,
  complaintsForAngry: z.number().int().min(1).max(100),
});
export type SatisfactionRules = z.infer<typeof SatisfactionRules>;

export const FunnelRules = z.object({
  trialDays: days,
  trialEndingWithinDays: days,
  proposalUnansweredDays: days,
  negotiationStalledDays: days,
});
export type FunnelRules = z.infer<typeof FunnelRules>;

const inBothLanguages = z.object({ en: z.string().trim().min(1).max(200), fa: z.string().trim().min(1).max(200) });

/** Yearly occasions worth a greeting, and how far ahead SegLens looks for the next one. */
export const OccasionRules = z.object({
  lookaheadDays: z.number().int().min(1).max(366),
  occasions: z.array(z.object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'must be snake_case'),
    calendar: z.enum(['persian', 'gregorian']),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    audience: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('everyone') }),
      z.object({ kind: z.literal('profile'), honorifics: z.array(E.Honorific).readonly(), jobTitleWords: z.array(z.string().trim().min(1).max(60)).readonly() }),
    ]),
    name: inBothLanguages,
    /** `{salutation}` is replaced by the person's form of address. */
    greeting: inBothLanguages,
  })).max(100).refine((list) => new Set(list.map((o) => o.key)).size === list.length, 'occasion keys must be unique'),
});
export type OccasionRules = z.infer<typeof OccasionRules>;

/**
 * Each offering's plans, cheapest first (e.g. CRM Basic → Team → Business):
 * the up-sell is the next tier above the highest one a person bought. Add-ons
 * are left out; they are cross-sells, not upgrades.
 */
export const PriceLadders = z.array(z.object({
  line: z.string().trim().min(1).max(64),
  tiers: z.array(z.object({ item: z.string().trim().min(1).max(64), price: z.number().min(0) })).min(2).max(20),
})).max(50);
export type PriceLadders = z.infer<typeof PriceLadders>;

/** The workspace's money: the currency its orders, value tiers and lifetime values are in, as the overlay writes them. */
export const MoneySettings = z.object({
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').refine((code) => {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: code });
      return true;
    } catch {
      return false;
    }
  }, 'is not a currency this server can write'),
});
export type MoneySettings = z.infer<typeof MoneySettings>;

export const CONFIG_SCHEMAS = {
  'rfm-segment-map': RfmSegmentMap,
  'lead-scoring': LeadScoringRules,
  lifecycle: LifecycleRules,
  'value-tiers': ValueTierRules,
  satisfaction: SatisfactionRules,
  funnel: FunnelRules,
  occasions: OccasionRules,
  'price-ladders': PriceLadders,
  money: MoneySettings,
} as const;
export type ConfigKey = keyof typeof CONFIG_SCHEMAS;
export const ConfigKey = z.enum(Object.keys(CONFIG_SCHEMAS) as [ConfigKey, ...ConfigKey[]]);
export type WorkspaceConfig = { [K in ConfigKey]: z.infer<(typeof CONFIG_SCHEMAS)[K]> };
