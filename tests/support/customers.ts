import type { CustomerAggregate } from '../../shared/models/population';
import { purchaseHistory } from '../../shared/models/purchase-history';

/** A customer aggregate for model tests: `frequency` orders on distinct days, the last `recencyDays` ago. */
export function customer(recencyDays: number, frequency: number, monetary: number, now = new Date('2026-06-01T00:00:00Z')): CustomerAggregate {
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return {
    recencyDays, frequency, monetary,
    history: purchaseHistory({
      days: frequency, firstDay: day(recencyDays + (frequency - 1) * 7), lastDay: day(recencyDays), total: monetary, firstDayTotal: monetary / frequency,
    }, now),
  };
}

/** No discovered groups or product rules: what a base too small to find them has. */
export const NO_PATTERNS = { groups: null, productRules: [] };
