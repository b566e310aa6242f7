/**
 * A person's scores explained as the profile shows them: the inputs that are
 * the person's own (kept with their scores) beside the rules and the base's
 * statistics that turned them into figures. The rules and statistics are the
 * workspace's and the base's, so they are read from there rather than copied
 * into every person's stored scores.
 */
import type { WorkspaceConfig } from '../schemas/config';
import type { SurveyKind } from '../schemas/enums';
import { crossSellExplanation } from './association-rules';
import type { PurchaseHistory } from './clv/bgnbd';
import type { SpendHistory } from './clv/gamma-gamma';
import type { ContactScores, Suggestion } from './contact-scores';
import { lifecycleRule } from './lifecycle';
import type { PopulationStats, ValueBasis } from './population';

export type Explanations = {
  rfm: { recencyDays: number; frequency: number; monetary: number; cell: WorkspaceConfig['rfm-segment-map'][number] } | null;
  lead: { windowDays: number; halfLifeDays: number | null; bands: { warmFrom: number; hotFrom: number }; qualification: { mqlFrom: number; sqlFrom: number } };
  satisfaction: {
    latestSurvey: { kind: SurveyKind; score: number; respondedAt: string } | null;
    recentComplaints: number;
    complaintWindowDays: number;
  };
  value: { basis: ValueBasis; value: number } | null;
  lifetime: { history: PurchaseHistory & SpendHistory; horizonMonths: number; monthlyDiscountRate: number } | null;
  lifecycle: { orders: number; daysSinceOrder: number | null; rule: WorkspaceConfig['lifecycle'][number] };
};

/** Cross-sell suggestions with the rule's explanation, while the base still has the rule that made them. */
export type ExplainedSuggestion = Suggestion & { explanation: string | null };

export function explainScores(scores: ContactScores, config: WorkspaceConfig, stats: PopulationStats | null):
  { explain: Explanations; crossSell: ExplainedSuggestion[] } {
  const { recencyDays, recentComplaints, lifetimeHistory } = scores.inputs;
  const lead = config['lead-scoring'];
  const survey = scores.satisfaction;
  const basis: ValueBasis = stats?.valueBasis ?? 'realised revenue';
  const predicted = basis === 'predicted lifetime value' ? scores.lifetime?.predictedValue ?? null : null;
  const rule = (s: Suggestion) => stats?.productRules.find((r) => r.consequent === s.item && r.antecedent.join() === s.because.join());
  return {
    explain: {
      rfm: scores.rfm && recencyDays !== null ? {
        recencyDays, frequency: scores.orders, monetary: scores.realisedRevenue,
        cell: config['rfm-segment-map'].find((c) => c.segment === scores.rfm!.segment)!,
      } : null,
      lead: { windowDays: lead.windowDays, halfLifeDays: lead.halfLifeDays, bands: lead.bands, qualification: lead.qualification },
      satisfaction: {
        latestSurvey: survey?.kind && survey.score !== null && survey.at ? { kind: survey.kind, score: survey.score, respondedAt: survey.at } : null,
        recentComplaints,
        complaintWindowDays: config.satisfaction.complaintWindowDays,
      },
      value: scores.valueTier ? (predicted !== null ? { basis, value: predicted } : { basis: 'realised revenue', value: scores.realisedRevenue }) : null,
      lifetime: lifetimeHistory ? {
        history: lifetimeHistory, horizonMonths: config['value-tiers'].horizonMonths, monthlyDiscountRate: config['value-tiers'].monthlyDiscountRate,
      } : null,
      lifecycle: { orders: scores.orders, daysSinceOrder: recencyDays, rule: lifecycleRule(scores.orders, recencyDays, config.lifecycle) },
    },
    crossSell: scores.crossSell.map((s) => {
      const found = rule(s);
      return { ...s, explanation: found ? crossSellExplanation(found) : null };
    }),
  };
}
