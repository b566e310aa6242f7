/**
 * Discounted customer lifetime value from BG/NBD (how many purchases) and
 * Gamma-Gamma (how much each), computed as `lifetimes`' customer_lifetime_value:
 *
 *   CLV = Σ_{month i = 1..H} spend × (E[purchases by i months] − E[purchases by i−1 months]) / (1 + d)^i
 *
 * - spend is the Gamma-Gamma expected average spend given the history;
 * - E[…] is the BG/NBD conditional expectation, in the models' time unit; a
 *   month is `periodsPerMonth` of those units — 4.345 for weeks, as `lifetimes`'
 *   freq="W" (30 for days, 1 for months);
 * - d is a monthly discount rate (default 0.01), applied at the end of each
 *   month; H is the horizon in months (default 12).
 */
import { expectedPurchases, type BgNbdParams, type PurchaseHistory } from './bgnbd';
import { expectedAverageSpend, type GammaGammaParams, type SpendHistory } from './gamma-gamma';

export interface LifetimeValueOptions {
  months?: number;
  monthlyDiscountRate?: number;
  periodsPerMonth?: number;
}

export const WEEKS_PER_MONTH = 4.345;

export interface LifetimeValue {
  value: number;
  expectedAverageSpend: number;
  /** Undiscounted expected purchases over the horizon. */
  expectedPurchases: number;
}

export function customerLifetimeValue(
  purchases: BgNbdParams,
  spend: GammaGammaParams,
  customer: PurchaseHistory & SpendHistory,
  { months = 12, monthlyDiscountRate = 0.01, periodsPerMonth = WEEKS_PER_MONTH }: LifetimeValueOptions = {},
): LifetimeValue {
  const averageSpend = expectedAverageSpend(spend, customer);
  let value = 0;
  let previous = 0;
  for (let month = 1; month <= months; month++) {
    const cumulative = expectedPurchases(purchases, customer, month * periodsPerMonth);
    value += (averageSpend * (cumulative - previous)) / (1 + monthlyDiscountRate) ** month;
    previous = cumulative;
  }
  return { value, expectedAverageSpend: averageSpend, expectedPurchases: previous };
}
