import { LIFECYCLE_RULES } from '../data/lifecycle-rules';
import type { LifecycleStage } from '../schemas/enums';

export function lifecycleStage(orders: number, daysSinceOrder: number | null, rules = LIFECYCLE_RULES): LifecycleStage {
  const days = daysSinceOrder ?? 0;
  const rule = rules.find((r) =>
    (r.minOrders === undefined || orders >= r.minOrders) &&
    (r.maxOrders === undefined || orders <= r.maxOrders) &&
    (r.minDaysSinceOrder === undefined || days >= r.minDaysSinceOrder));
  if (!rule) throw new Error(`no lifecycle rule for ${orders} orders, ${days} days`);
  return rule.stage;
}
