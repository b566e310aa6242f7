/**
 * Everything SegLens computes for one person, from the facts about them, the
 * statistics of the base and the workspace's rules. Pure: the engine feeds it,
 * the lookup and the profile show it.
 */
import { BADGE_KIND_ORDER, BADGE_PRIORITY } from '../data/badge-priority';
import { en } from '../i18n/en';
import type { FitProperty, WorkspaceConfig } from '../schemas/config';
import type { DealStage, LeadBand, LeadQualification, LifecycleStage, RfmSegment, SatisfactionSegment, SurveyKind, ValueTier } from '../schemas/enums';
import type { Badge } from '../schemas/lookup';
import { crossSell, upSell, type UpSell } from './association-rules';
import { assignGroup } from './clusters';
import { funnelPosition, type FunnelPosition } from './funnel';
import { leadScore, type LeadScore } from './lead-score';
import { lifecycleStage } from './lifecycle';
import { nextOccasion, type OccasionContact, type UpcomingOccasion } from './occasions';
import type { PurchaseHistory } from './clv/bgnbd';
import type { SpendHistory } from './clv/gamma-gamma';
import { lifetime, type Lifetime } from './lifetime';
import type { PopulationStats } from './population';
import { purchaseHistory, type PurchaseDays } from './purchase-history';
import { rfm, type RfmResult } from './rfm';
import { satisfactionSegment, type SatisfactionReason } from './satisfaction';
import { valueTier } from './value-tier';

/** A product line to suggest, with how often buyers of what the person has also bought it (the rule's own explanation is the base's). */
export type Suggestion = { item: string; confidence: number; lift: number; because: string[] };

export type ContactFacts = {
  orders: { count: number; revenue: number; lastOrderedAt: string | null };
  /** Purchase days in aggregate, for the lifetime value models; null without orders. */
  purchases: PurchaseDays | null;
  /** Events in the lead-scoring window, per type and age in whole days. */
  events: Array<{ type: string; ageDays: number; count: number }>;
  /** Complaint events within the satisfaction rules' window. */
  recentComplaints: number;
  latestSurvey: { kind: SurveyKind; score: number; respondedAt: string } | null;
  /** The most recently moved deal that is still open (not signed or lost). */
  openDeal: { title: string; stage: DealStage; stageChangedAt: string } | null;
  tags: Array<{ slug: string; label: string }>;
  /** The person's and their company's properties that lead scoring may reward. */
  properties: Partial<Record<FitProperty, string | null>>;
  /** Who the person is, for occasions and the greeting. */
  person: OccasionContact;
  /** Product lines the person has bought. */
  productLines: string[];
  /** The products (SKUs) they have bought. */
  skus: string[];
};

/**
 * Bumped when what is stored per person changes shape: scores written by an
 * older version are recomputed when the server starts.
 */
export const SCORES_VERSION = 5;

export type ContactScores = {
  version: typeof SCORES_VERSION;
  lead: LeadScore;
  rfm: RfmResult | null;
  satisfaction: {
    segment: SatisfactionSegment; because: SatisfactionReason; kind: SurveyKind | null; score: number | null; at: string | null;
  } | null;
  valueTier: ValueTier | null;
  vip: boolean;
  lifecycle: LifecycleStage;
  funnel: FunnelPosition | null;
  occasion: UpcomingOccasion | null;
  /** Predicted value, P(alive) and churn risk, once the base is large enough to fit the models. */
  lifetime: Lifetime | null;
  /** Product lines to suggest next, from what people who bought the same lines also bought. */
  crossSell: Suggestion[];
  /** The next plan up in an offering they already buy. */
  upSell: UpSell[];
  /** The discovered group the person is nearest to. */
  group: { index: number; description: Record<'en' | 'fa', string> } | null;
  realisedRevenue: number;
  orders: number;
  /**
   * Every built-in segment the person is in, and their tags, occasion and group, as "kind:key".
   * Not stored: the segment_memberships view reads the same from the columns.
   */
  segments: string[];
  badges: Badge[];
  /**
   * The person's own inputs that no figure above shows; explainScores() sets
   * them beside the rules and the base's statistics that turned them into figures.
   */
  inputs: ScoreInputs;
};

export type ScoreInputs = {
  /** Whole days since the last order; null without orders. */
  recencyDays: number | null;
  /** Complaint events within the satisfaction rules' window. */
  recentComplaints: number;
  /** The purchase history in weeks, as the lifetime value models read it; null while they are not fitted. */
  lifetimeHistory: (PurchaseHistory & SpendHistory) | null;
};

/** A stored figure to the precision anyone reads it at: fewer digits to write and send for each of a hundred thousand people. */
const rounded = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const DAY_MS = 86_400_000;
export const daysBetween = (fromIso: string, to: Date) => Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / DAY_MS));

export function contactScores(facts: ContactFacts, stats: PopulationStats, config: WorkspaceConfig, now: Date): ContactScores {
  const { count, revenue, lastOrderedAt } = facts.orders;
  const recencyDays = lastOrderedAt ? daysBetween(lastOrderedAt, now) : null;
  const rfmResult = recencyDays !== null && stats.customers > 0
    ? rfm({ recencyDays, frequency: count, monetary: revenue }, stats, config['rfm-segment-map'])
    : null;
  const lead = leadScore({ events: facts.events, properties: facts.properties }, config['lead-scoring']);
  const survey = facts.latestSurvey;
  const mood = satisfactionSegment(survey, facts.recentComplaints, config.satisfaction);
  const satisfaction = mood && { ...mood, kind: survey?.kind ?? null, score: survey?.score ?? null, at: survey?.respondedAt ?? null };
  const history = facts.purchases && purchaseHistory(facts.purchases, now);
  const life = history && stats.lifetimeModel ? lifetime(stats.lifetimeModel, history, config['value-tiers']) : null;
  const worth = stats.valueBasis === 'predicted lifetime value' && life?.predictedValue != null ? life.predictedValue : revenue;
  const value = valueTier(worth, count, stats);
  const lifecycle = lifecycleStage(count, recencyDays, config.lifecycle);
  const funnel = funnelPosition(facts.openDeal, config.funnel, now);
  const occasion = nextOccasion(facts.person, now, config.occasions.lookaheadDays, config.occasions.occasions);
  const groupIndex = stats.groups && assignGroup(stats.groups, {
    id: 0,
    recencyDays,
    frequency: count,
    monetary: revenue,
    engagement: facts.events.reduce((n, e) => n + e.count, 0),
  });
  const group = groupIndex === null || !stats.groups ? null
    : { index: groupIndex, description: stats.groups.groups.find((g) => g.index === groupIndex)!.description };

  const badges = builtInBadges({ rfm: rfmResult, valueTier: value?.tier ?? null, vip: value?.vip ?? false, lifecycle, satisfaction, lead, funnel }, facts.tags);
  return {
    version: SCORES_VERSION,
    lead,
    rfm: rfmResult,
    satisfaction,
    valueTier: value?.tier ?? null,
    vip: value?.vip ?? false,
    lifecycle,
    funnel,
    occasion,
    lifetime: life && {
      probabilityAlive: rounded(life.probabilityAlive, 4),
      expectedPurchases: rounded(life.expectedPurchases, 3),
      expectedAverageSpend: life.expectedAverageSpend === null ? null : rounded(life.expectedAverageSpend, 2),
      predictedValue: life.predictedValue === null ? null : rounded(life.predictedValue, 2),
      churnRisk: rounded(life.churnRisk, 4),
    },
    group,
    crossSell: crossSell(facts.productLines, stats.productRules, 3)
      .map(({ item, rule }) => ({ item, confidence: rounded(rule.confidence, 4), lift: rounded(rule.lift, 3), because: rule.antecedent })),
    upSell: upSell(facts.skus, config['price-ladders'], 2),
    realisedRevenue: rounded(revenue, 2),
    orders: count,
    segments: segmentsOf(badges, occasion?.key ?? null, group?.index ?? null),
    badges: orderBadges(badges),
    inputs: {
      recencyDays,
      recentComplaints: facts.recentComplaints,
      lifetimeHistory: life && history && {
        frequency: history.frequency, recency: rounded(history.recency, 3), T: rounded(history.T, 3), monetary: rounded(history.monetary, 2),
      },
    },
  };
}

/** The figures the built-in badges are read from: what the score columns keep. */
export type BadgeFigures = {
  rfm: { segment: RfmSegment } | null;
  valueTier: ValueTier | null;
  vip: boolean;
  lifecycle: LifecycleStage;
  satisfaction: { segment: SatisfactionSegment } | null;
  lead: { band: LeadBand; qualification: LeadQualification };
  funnel: { stage: DealStage } | null;
};

/** Every segment a person's badges (all, the quiet ones too), occasion and group put them in, as "kind:key". */
export function segmentsOf(badges: readonly Badge[], occasion: string | null, group: number | null): string[] {
  const segments = badges.map((b) => `${b.kind}:${b.key}`);
  if (occasion !== null) segments.push(`occasion:${occasion}`);
  if (group !== null) segments.push(`group:${group}`);
  return segments;
}

/** A person's built-in badges and tags, unordered, the quiet ones too: with their occasion and group, every segment they are in. */
export function builtInBadges(f: BadgeFigures, tags: ReadonlyArray<{ slug: string; label: string }>): Badge[] {
  const badges: Badge[] = [];
  if (f.rfm) badges.push(badge('rfm', f.rfm.segment));
  if (f.valueTier) badges.push(badge('value', f.valueTier));
  if (f.vip) badges.push(badge('value', 'vip'));
  badges.push(badge('lifecycle', f.lifecycle));
  if (f.satisfaction) badges.push(badge('satisfaction', f.satisfaction.segment));
  badges.push(badge('lead', f.lead.band));
  if (f.lead.qualification !== 'none') badges.push(badge('lead', f.lead.qualification));
  if (f.funnel) badges.push(badge('funnel', f.funnel.stage));
  for (const tag of tags) badges.push({ kind: 'tag', key: tag.slug, label: tag.label });
  return badges;
}

/** A built-in badge, labelled in English (the extension labels it in the user's language). */
const badge = (kind: Badge['kind'], key: string): Badge => ({ kind, key, label: en[`${kind}.${key}` as keyof typeof en] ?? key });

/** Segments that say little inline: left to the card. */
const QUIET = new Set(['lead:cold', 'lead:warm', 'value:regular', 'value:low']);
const NO_PRIORITIES: ReadonlyMap<string, number> = new Map();

/**
 * Badges in display order: built-in ones by BADGE_PRIORITY, then by kind;
 * custom segments by their own priority (`segmentPriority`, by key). Quiet
 * segments (cold lead, regular value) are left to the card.
 */
export function orderBadges(badges: readonly Badge[], segmentPriority: ReadonlyMap<string, number> = NO_PRIORITIES): Badge[] {
  const ranked: Array<{ badge: Badge; rank: number }> = [];
  for (const b of badges) {
    const ref = `${b.kind}:${b.key}`;
    if (QUIET.has(ref)) continue;
    ranked.push({ badge: b, rank: (b.kind === 'segment' ? segmentPriority.get(b.key) : BADGE_PRIORITY[ref]) ?? 100 + BADGE_KIND_ORDER.indexOf(b.kind) });
  }
  return ranked.sort(byRank).map((r) => r.badge);
}
const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
