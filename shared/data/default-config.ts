import type { WorkspaceConfig } from '../schemas/config';
import { LEAD_SCORING } from './lead-scoring-rules';
import { LIFECYCLE_RULES } from './lifecycle-rules';
import { OCCASIONS } from './occasions';
import { RFM_SEGMENT_MAP } from './rfm-segment-map';

/** The rules a new workspace starts with. */
export const DEFAULT_CONFIG: WorkspaceConfig = {
  'rfm-segment-map': RFM_SEGMENT_MAP,
  'lead-scoring': LEAD_SCORING,
  lifecycle: LIFECYCLE_RULES,
  // Top 20 % of value gold, bottom 40 % low, top 5 % VIP; a year's value at 1 % a month. No penalty: on spend
  // in money units it distorts the Gamma-Gamma fit (its scale parameter is in the hundreds).
  'value-tiers': { goldFromPercentile: 0.8, lowBelowPercentile: 0.4, vipFromPercentile: 0.95, horizonMonths: 12, monthlyDiscountRate: 0.01, penalizer: 0 },
  // CSAT 4–5 and NPS 7–10 satisfied; CSAT 1–2 and NPS 0–3 angry; two complaints in 30 days make anyone angry.
  satisfaction: { csat: { satisfiedFrom: 4, angryBelow: 3 }, nps: { satisfiedFrom: 7, angryBelow: 4 }, complaintWindowDays: 30, complaintsForAngry: 2 },
  funnel: { trialDays: 14, trialEndingWithinDays: 3, proposalUnansweredDays: 7, negotiationStalledDays: 14 },
  occasions: { lookaheadDays: 14, occasions: [...OCCASIONS] },
  // A workspace names its own plans (by SKU); until then there is nothing to up-sell.
  'price-ladders': [],
  money: { currency: 'USD' },
};
