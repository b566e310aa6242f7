import type { ValueTier } from '../schemas/enums';
import type { PopulationStats } from './population';

/** Gold, regular or low by realised revenue against the base's percentiles; null for non-customers. */
export function valueTier(revenue: number, orders: number, stats: PopulationStats): ValueTier | null {
  if (orders === 0) return null;
  return revenue >= stats.value.goldFrom ? 'gold' : revenue < stats.value.lowBelow ? 'low' : 'regular';
}
