/**
 * Everything SegLens computes for one person, from the facts about them and
 * the statistics of the base. Pure: the engine feeds it, the lookup shows it.
 */
import { BADGE_KIND_ORDER, BADGE_PRIORITY } from '../data/badge-priority';
import { en } from '../i18n/en';
import type { CompanySize, DealStage, JobLevel, LifecycleStage, SatisfactionSegment, SurveyKind, ValueTier } from '../schemas/enums';
import type { Badge, Offer } from '../schemas/lookup';
import type { z } from 'zod';
import { leadScore, type LeadScore } from './lead-score';
import { lifecycleStage } from './lifecycle';
import { suggestOffer } from './offer';
import type { PopulationStats } from './population';
import { rfm, type RfmResult } from './rfm';
import { satisfactionSegment } from './satisfaction';
import { valueTier } from './value-tier';

export type ContactFacts = {
  orders: { count: number; revenue: number; lastOrderedAt: string | null };
  /** Events per type within the lead-scoring window. */
  eventCounts: Record<string, number>;
  latestSurvey: { kind: SurveyKind; score: number; respondedAt: string } | null;
  /** The most recently moved deal that is still open (not signed or lost). */
  openDeal: { title: string; stage: DealStage; stageChangedAt: string } | null;
  tags: Array<{ slug: string; label: string }>;
  jobLevel: z.infer<typeof JobLevel> | null;
  companySize: z.infer<typeof CompanySize> | null;
};

export type ContactScores = {
  lead: LeadScore;
  rfm: RfmResult | null;
  satisfaction: { segment: SatisfactionSegment; kind: SurveyKind; score: number; at: string } | null;
  valueTier: ValueTier | null;
  lifecycle: LifecycleStage;
  funnel: { stage: DealStage; since: string; deal: string } | null;
  realisedRevenue: number;
  orders: number;
  /** Every segment the person is in, as "kind:key". */
  segments: string[];
  badges: Badge[];
  offer: Offer | null;
};

const DAY_MS = 86_400_000;
export const daysBetween = (fromIso: string, to: Date) => Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / DAY_MS));

export function contactScores(facts: ContactFacts, stats: PopulationStats, now: Date): ContactScores {
  const { count, revenue, lastOrderedAt } = facts.orders;
  const recencyDays = lastOrderedAt ? daysBetween(lastOrderedAt, now) : null;
  const rfmResult = recencyDays !== null && stats.customers > 0
    ? rfm({ recencyDays, frequency: count, monetary: revenue }, stats)
    : null;
  const lead = leadScore({ eventCounts: facts.eventCounts, jobLevel: facts.jobLevel, companySize: facts.companySize });
  const survey = facts.latestSurvey;
  const satisfaction = survey
    ? { segment: satisfactionSegment(survey), kind: survey.kind, score: survey.score, at: survey.respondedAt }
    : null;
  const tier = valueTier(revenue, count, stats);
  const lifecycle = lifecycleStage(count, recencyDays);
  const funnel = facts.openDeal
    ? { stage: facts.openDeal.stage, since: facts.openDeal.stageChangedAt, deal: facts.openDeal.title }
    : null;

  const badges: Badge[] = [];
  const add = (kind: Badge['kind'], key: string, label: string = en[`${kind}.${key}` as keyof typeof en] ?? key) =>
    badges.push({ kind, key, label });
  if (rfmResult) add('rfm', rfmResult.segment);
  if (tier) add('value', tier);
  add('lifecycle', lifecycle);
  if (satisfaction) add('satisfaction', satisfaction.segment);
  add('lead', lead.band);
  if (funnel) add('funnel', funnel.stage);
  for (const tag of facts.tags) add('tag', tag.slug, tag.label);

  const segments = badges.map((b) => `${b.kind}:${b.key}`);
  return {
    lead,
    rfm: rfmResult,
    satisfaction,
    valueTier: tier,
    lifecycle,
    funnel,
    realisedRevenue: revenue,
    orders: count,
    segments,
    badges: orderBadges(badges),
    offer: suggestOffer(new Set(segments)),
  };
}

/** Badges in display order; segments that say little inline (cold lead, regular value) are left to the card. */
export function orderBadges(badges: Badge[]): Badge[] {
  const quiet = new Set(['lead:cold', 'lead:warm', 'value:regular', 'value:low']);
  const rank = (b: Badge) => BADGE_PRIORITY[`${b.kind}:${b.key}`] ?? 100 + BADGE_KIND_ORDER.indexOf(b.kind);
  return badges.filter((b) => !quiet.has(`${b.kind}:${b.key}`)).sort((a, b) => rank(a) - rank(b));
}
