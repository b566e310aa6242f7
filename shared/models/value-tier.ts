import type { ValueTier } from '../schemas/enums';
import type { PopulationStats } from './population';

/** Gold, regular or low by value against the base's percentiles, and whether VIP; null for non-customers. */
export function valueTier(value: number, orders: number, stats: PopulationStats): { tier: ValueTier; vip: boolean } | null {
  if (orders === 0) return null;
  const { goldFrom, lowBelow, vipFrom } = stats.value;
  return { tier: value >= goldFrom ? 'gold' : value < lowBelow ? 'low' : 'regular', vip: value >= vipFrom };
}
