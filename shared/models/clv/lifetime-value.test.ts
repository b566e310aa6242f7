import { describe, expect, it } from 'vitest';
import { CDNOW_REFERENCE, loadCdnowPublishedSummary, matchesSignificantDigits } from '../../../scripts/lib/lifetime-reference';
import { expectedPurchases, fitBgNbd, type BgNbdParams } from './bgnbd';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaParams } from './gamma-gamma';
import { customerLifetimeValue, WEEKS_PER_MONTH } from './lifetime-value';

describe('customerLifetimeValue', () => {
  const purchases: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
  const spend: GammaGammaParams = { p: 6.2488, q: 3.7446, v: 15.4477 };
  const customer = { frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 };

  it('discounts each month\'s expected purchases at the end of the month', () => {
    const m = expectedAverageSpend(spend, customer);
    const [one, two] = [1, 2].map((month) => expectedPurchases(purchases, customer, month * WEEKS_PER_MONTH));
    const clv = customerLifetimeValue(purchases, spend, customer, { months: 2, monthlyDiscountRate: 0.01 });
    expect(clv.value).toBeCloseTo(m * (one! / 1.01 + (two! - one!) / 1.01 ** 2), 12);
    expect(clv.expectedPurchases).toBeCloseTo(two!, 14);
    expect(clv.expectedAverageSpend).toBe(m);
  });

  it('is spend × expected purchases without discounting', () => {
    const clv = customerLifetimeValue(purchases, spend, customer, { months: 12, monthlyDiscountRate: 0 });
    expect(clv.value).toBeCloseTo(clv.expectedAverageSpend * expectedPurchases(purchases, customer, 12 * WEEKS_PER_MONTH), 10);
  });

  it('reproduces lifetimes\' Quickstart CLV of customer 1 (its default of 30 time units a month)', () => {
    const customers = loadCdnowPublishedSummary();
    const clv = customerLifetimeValue(fitBgNbd(customers).params, fitGammaGamma(customers).params, customers[0]!, { periodsPerMonth: 30 });
    expect(matchesSignificantDigits(clv.value, CDNOW_REFERENCE.customer1.clvQuickstart, 4), String(clv.value)).toBe(true);
  });
});
