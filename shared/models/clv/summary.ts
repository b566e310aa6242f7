/**
 * Per-customer purchase summary for the lifetime value models, with the
 * conventions of Fader, Hardie & Lee's CDNOW data (see the data's README):
 * - purchases on the same calendar day are one purchase (their amounts summed);
 * - time is in weeks, counted in whole calendar days / 7 (no rounding here);
 * - only purchases up to and including the calibration end day count;
 * - a negative amount is a refund: not a purchase, so no purchase day, but
 *   money returned. The log does not say which purchase it returns, so it
 *   lowers every purchase day's amount in proportion: the mean repeat spend
 *   is scaled by the share of all spending that was kept (never below 0).
 * Calendar days are UTC days: a 'YYYY-MM-DD' string is that day, a Date is the
 * UTC day it falls on.
 */

export interface Transaction {
  customerId: string;
  at: Date | string;
  amount: number;
}

export interface CustomerSummary {
  id: string;
  /** Repeat purchases: distinct purchase days − 1. */
  frequency: number;
  /** Weeks from the first to the last purchase day. */
  recency: number;
  /** Weeks from the first purchase day to the calibration end. */
  T: number;
  /** Mean amount of the repeat purchase days (the first day excluded), net of refunds; 0 when frequency is 0. */
  monetary: number;
}

const DAY_MS = 86_400_000;
const DAYS_PER_WEEK = 7;

/** Days since 1970-01-01 (UTC) of the calendar day `at` falls on. */
function utcDayNumber(at: Date | string): number {
  const time = typeof at === 'string' ? Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at) : at.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${String(at)}`);
  return Math.floor(time / DAY_MS);
}

/** Each customer's purchase days in order, with the amounts of a day summed, and what their refunds returned. */
function purchaseDaysByCustomer(transactions: readonly Transaction[], fromDay: number, toDay: number) {
  const byCustomer = new Map<string, { days: Map<number, number>; refunded: number }>();
  for (const { customerId, at, amount } of transactions) {
    const day = utcDayNumber(at);
    if (day < fromDay || day > toDay) continue;
    let customer = byCustomer.get(customerId);
    if (!customer) byCustomer.set(customerId, (customer = { days: new Map(), refunded: 0 }));
    if (amount < 0) customer.refunded -= amount;
    else customer.days.set(day, (customer.days.get(day) ?? 0) + amount);
  }
  return new Map([...byCustomer]
    .filter(([, { days }]) => days.size > 0)
    .map(([id, { days, refunded }]) => [id, { days: [...days].sort(([a], [b]) => a - b), refunded }] as const));
}

/** Summaries of the customers with a purchase on or before `calibrationEnd`, in order of first appearance. */
export function summarizeCustomers(transactions: readonly Transaction[], calibrationEnd: Date | string): CustomerSummary[] {
  const endDay = utcDayNumber(calibrationEnd);
  const summaries: CustomerSummary[] = [];
  for (const [id, { days, refunded }] of purchaseDaysByCustomer(transactions, -Infinity, endDay)) {
    const [firstDay] = days[0]!;
    const [lastDay] = days[days.length - 1]!;
    const repeats = days.slice(1);
    const spent = days.reduce((sum, [, amount]) => sum + amount, 0);
    const kept = spent > 0 ? Math.max(0, spent - refunded) / spent : 0;
    summaries.push({
      id,
      frequency: repeats.length,
      recency: (lastDay - firstDay) / DAYS_PER_WEEK,
      T: (endDay - firstDay) / DAYS_PER_WEEK,
      monetary: repeats.length === 0 ? 0 : (kept * repeats.reduce((sum, [, amount]) => sum + amount, 0)) / repeats.length,
    });
  }
  return summaries;
}

/**
 * Purchases per customer in the holdout window after `calibrationEnd` up to and
 * including `holdoutEnd`, counted as distinct purchase days. Customers without
 * one are absent (count 0).
 */
export function countHoldoutPurchases(
  transactions: readonly Transaction[],
  calibrationEnd: Date | string,
  holdoutEnd: Date | string,
): Map<string, number> {
  const customers = purchaseDaysByCustomer(transactions, utcDayNumber(calibrationEnd) + 1, utcDayNumber(holdoutEnd));
  return new Map([...customers].map(([id, { days }]) => [id, days.length]));
}
