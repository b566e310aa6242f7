import type { LifecycleRules } from '../schemas/config';

/**
 * Lifecycle stage from orders and recency, first matching rule wins.
 * A rule matches when every bound it names holds.
 */
export const LIFECYCLE_RULES: LifecycleRules = [
  { stage: 'first_contact', maxOrders: 0 },
  { stage: 'lost', minOrders: 1, minDaysSinceOrder: 365 },
  { stage: 'at_risk', minOrders: 1, minDaysSinceOrder: 180 },
  { stage: 'loyal', minOrders: 5 },
  { stage: 'repeat', minOrders: 2 },
  { stage: 'first_purchase', minOrders: 1 },
];
