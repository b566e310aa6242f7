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
 * Each customer's orders summed up, from order rows sorted by customer, then
 * time (as the database hands them over): one pass, nothing held per order.
 * Times are ISO 8601 UTC text as stored, so a purchase day is the first ten
 * characters.
 */
export function* summariseOrders(rows: ReadonlyArray<readonly [customer: number, orderedAt: string, amount: number]>): Generator<[number, OrderSummary]> {
  for (let start = 0; start < rows.length;) {
    const customer = rows[start]![0];
    let [count, revenue, days, firstDayTotal] = [0, 0, 0, 0];
    let day = '';
    const firstDay = rows[start]![1].slice(0, 10);
    let end = start;
    for (; end < rows.length && rows[end]![0] === customer; end++) {
      const [, orderedAt, amount] = rows[end]!;
      const today = orderedAt.slice(0, 10);
      if (today !== day) [days, day] = [days + 1, today];
      if (today === firstDay) firstDayTotal += amount;
      count++;
      revenue += amount;
    }
    const lastOrderedAt = rows[end - 1]![1];
    yield [customer, { count, revenue, lastOrderedAt, purchases: { days, firstDay, lastDay: day, total: revenue, firstDayTotal } }];
    start = end;
  }
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
