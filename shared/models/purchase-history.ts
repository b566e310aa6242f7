/**
 * A customer's purchases as the lifetime value models read them: in weeks,
 * with same-day orders merged and the first purchase day not counted as a
 * repeat (the conventions of the CDNOW studies and the lifetimes library).
 */
import type { PurchaseHistory } from './clv/bgnbd';
import type { SpendHistory } from './clv/gamma-gamma';

/** Purchase days in aggregate. */
export type PurchaseDays = {
  /** Distinct days with an order. */
  days: number;
  firstDay: string;
  lastDay: string;
  total: number;
  /** What was spent on the first day. */
  firstDayTotal: number;
};

/** A customer's orders summed up: how many, the revenue, the last one, and the purchase days. */
export type OrderSummary = { count: number; revenue: number; lastOrderedAt: string; purchases: PurchaseDays };

/**
 * Sums up one customer's orders (at least one, in any order). Times are ISO
 * 8601 UTC text as stored, so a purchase day is the first ten characters and
 * later times sort later.
 */
export function summariseOrders(orders: ReadonlyArray<readonly [orderedAt: string, amount: number]>): OrderSummary {
  const days = new Set<string>();
  let revenue = 0;
  let lastOrderedAt = '';
  let firstDay = '';
  let firstDayTotal = 0;
  for (const [orderedAt, amount] of orders) {
    const day = orderedAt.slice(0, 10);
    days.add(day);
    revenue += amount;
    if (orderedAt > lastOrderedAt) lastOrderedAt = orderedAt;
    if (firstDay === '' || day < firstDay) [firstDay, firstDayTotal] = [day, amount];
    else if (day === firstDay) firstDayTotal += amount;
  }
  return {
    count: orders.length,
    revenue,
    lastOrderedAt,
    purchases: { days: days.size, firstDay, lastDay: lastOrderedAt.slice(0, 10), total: revenue, firstDayTotal },
  };
}

const WEEK_MS = 7 * 86_400_000;
const weeks = (from: string, to: number) => Math.max(0, (to - Date.parse(`${from}T00:00:00Z`)) / WEEK_MS);

export function purchaseHistory(p: PurchaseDays, now: Date): PurchaseHistory & SpendHistory {
  const frequency = p.days - 1;
  return {
    frequency,
    recency: weeks(p.firstDay, Date.parse(`${p.lastDay}T00:00:00Z`)),
    T: weeks(p.firstDay, now.getTime()),
    monetary: frequency > 0 ? (p.total - p.firstDayTotal) / frequency : 0,
  };
}
