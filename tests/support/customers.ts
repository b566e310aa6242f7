import { DEFAULT_CONFIG } from '../../shared/data/default-config';
import { addCustomer, customerStats, emptyCustomerColumns, type CustomerAggregate, type PopulationStats } from '../../shared/models/population';
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

/** The statistics of a base of these customers under the default value tiers, with no groups or product rules (as a base too small to find them has). */
export function statsOf(customers: readonly CustomerAggregate[]): PopulationStats {
  const columns = emptyCustomerColumns();
  for (const c of customers) addCustomer(columns, c);
  return { ...customerStats(columns, DEFAULT_CONFIG['value-tiers']), groups: null, productRules: [] };
}
