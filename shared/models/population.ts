/** Statistics of the whole customer base that a single person's scores are measured against. */
import type { ValueTierRules } from '../schemas/config';
import { cutPoints } from './quantiles';

/** Bumped when the shape changes, so statistics stored by an older version are computed anew. */
export const POPULATION_STATS_VERSION = 2;

export type PopulationStats = {
  version: typeof POPULATION_STATS_VERSION;
  /** People with at least one order. */
  customers: number;
  /** Quintile cut points over customers. */
  rfmCuts: { recencyDays: number[]; frequency: number[]; monetary: number[] };
  /** Value at or above `goldFrom` is gold (`vipFrom`: VIP too); below `lowBelow` is low. */
  value: { goldFrom: number; lowBelow: number; vipFrom: number };
};

/** One customer as the base's statistics see them; `value` is what value tiers rank (revenue, or predicted value). */
export type CustomerAggregate = { recencyDays: number; frequency: number; monetary: number; value: number };

export function populationStats(customers: readonly CustomerAggregate[], tiers: ValueTierRules): PopulationStats {
  const values = customers.map((c) => c.value).sort((a, b) => a - b);
  const at = (p: number) => values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
  return {
    version: POPULATION_STATS_VERSION,
    customers: customers.length,
    rfmCuts: {
      recencyDays: cutPoints(customers.map((c) => c.recencyDays), 5),
      frequency: cutPoints(customers.map((c) => c.frequency), 5),
      monetary: cutPoints(customers.map((c) => c.monetary), 5),
    },
    value: { goldFrom: at(tiers.goldFromPercentile), lowBelow: at(tiers.lowBelowPercentile), vipFrom: at(tiers.vipFromPercentile) },
  };
}
