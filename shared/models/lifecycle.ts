import { LIFECYCLE_RULES } from '../data/lifecycle-rules';
import type { LifecycleRules } from '../schemas/config';
import type { LifecycleStage } from '../schemas/enums';

/** The first rule whose bounds all hold, over the number of orders and days since the last one. */
export function lifecycleRule(orders: number, daysSinceOrder: number | null, rules: LifecycleRules = LIFECYCLE_RULES): LifecycleRules[number] {
  const days = daysSinceOrder ?? 0;
  const rule = rules.find((r) =>
    (r.minOrders === undefined || orders >= r.minOrders) &&
    (r.maxOrders === undefined || orders <= r.maxOrders) &&
    (r.minDaysSinceOrder === undefined || days >= r.minDaysSinceOrder));
  if (!rule) throw new Error(`no lifecycle rule for ${orders} orders, ${days} days`);
  return rule;
}

export const lifecycleStage = (orders: number, daysSinceOrder: number | null, rules: LifecycleRules = LIFECYCLE_RULES): LifecycleStage =>
  lifecycleRule(orders, daysSinceOrder, rules).stage;
