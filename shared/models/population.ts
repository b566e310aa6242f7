/** Statistics of the whole customer base that a single person's scores are measured against. */
import { cutPoints } from './quantiles';

export type PopulationStats = {
  /** Quintile cut points over customers (people with at least one order). */
  recencyDays: number[];
  frequency: number[];
  monetary: number[];
  /** Realised revenue at or above this is gold; below `lowBelow` is low. */
  value: { goldFrom: number; lowBelow: number };
  customers: number;
};

export type CustomerAggregate = { recencyDays: number; frequency: number; monetary: number };

/** Value tiers by percentile of realised revenue: top 20 % gold, bottom 40 % low. */
export const VALUE_TIER_PERCENTILES = { gold: 0.8, low: 0.4 } as const;

export function populationStats(customers: readonly CustomerAggregate[]): PopulationStats {
  const monetary = customers.map((c) => c.monetary).sort((a, b) => a - b);
  const at = (p: number) => monetary[Math.min(monetary.length - 1, Math.floor(p * monetary.length))] ?? 0;
  return {
    recencyDays: cutPoints(customers.map((c) => c.recencyDays), 5),
    frequency: cutPoints(customers.map((c) => c.frequency), 5),
    monetary: cutPoints(monetary, 5),
    value: { goldFrom: at(VALUE_TIER_PERCENTILES.gold), lowBelow: at(VALUE_TIER_PERCENTILES.low) },
    customers: customers.length,
  };
}
