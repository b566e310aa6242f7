/**
 * A customer's purchases as the lifetime value models read them: in weeks,
 * with same-day orders merged and the first purchase day not counted as a
 * repeat (the conventions of the CDNOW studies and the lifetimes library).
 */
import type { PurchaseHistory } from './clv/bgnbd';
import type { SpendHistory } from './clv/gamma-gamma';

/** Purchase days in aggregate, as one grouped SQL query gives them. */
export type PurchaseDays = {
  /** Distinct days with an order. */
  days: number;
  firstDay: string;
  lastDay: string;
  total: number;
  /** What was spent on the first day. */
  firstDayTotal: number;
};

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
