import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, CDNOW_REFERENCE, loadCdnowPublishedSummary, loadCdnowSample, matchesSignificantDigits } from '../../../scripts/lib/lifetime-reference';
import {
  bgNbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
  probabilityNoPurchase,
  type BgNbdParams,
  type PurchaseHistory,
} from './bgnbd';
import { summarizeCustomers } from './summary';

const PUBLISHED: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe('BG/NBD by hand', () => {
  // r = 1, α = 2, a = 1, b = 2, so the Gamma and Beta functions reduce to fractions.
  const params: BgNbdParams = { r: 1, alpha: 2, a: 1, b: 2 };
  const oneTimeBuyer: PurchaseHistory = { frequency: 0, recency: 0, T: 5 };
  const repeatBuyer: PurchaseHistory = { frequency: 2, recency: 3, T: 6 };

  it('has the likelihood of the paper', () => {
    // One-time buyer: (α/(α+T))^r = 2/7.
    // Repeat buyer: B(1,4)/B(1,2) · Γ(3)α/(Γ(1)(α+T)³) + B(2,3)/B(1,2) · Γ(3)α/(Γ(1)(α+t_x)³)
    //             = 1/2 · 4/512 + 1/6 · 4/125 = 887/96000.
    const { logLikelihood } = bgNbdLogLikelihood([oneTimeBuyer, repeatBuyer], params);
    expect(logLikelihood).toBeCloseTo(Math.log(2 / 7) + Math.log(887 / 96000), 12);
  });

  it('has an analytic gradient that matches finite differences in log-parameters', () => {
    const customers: PurchaseHistory[] = [oneTimeBuyer, repeatBuyer, { frequency: 7, recency: 20.5, T: 30 }, { frequency: 1, recency: 0.5, T: 12 }];
    const at: BgNbdParams = { r: 0.4, alpha: 3, a: 0.8, b: 2.5 };
    const { gradient } = bgNbdLogLikelihood(customers, at);
    const keys = ['r', 'alpha', 'a', 'b'] as const;
    keys.forEach((key, i) => {
      const h = 1e-6;
      const shifted = (sign: number) => bgNbdLogLikelihood(customers, { ...at, [key]: at[key] * Math.exp(sign * h) }).logLikelihood;
      expect(gradient[i]).toBeCloseTo((shifted(1) - shifted(-1)) / (2 * h), 6);
    });
  });

  it('gives P(alive) = 1 without repeat purchases and the closed form with them', () => {
    expect(probabilityAlive(params, oneTimeBuyer)).toBe(1);
    // 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)) = 1 / (1 + (1/3)(8/5)³) = 375/887.
    expect(probabilityAlive(params, repeatBuyer)).toBeCloseTo(375 / 887, 14);
  });

  it('gives the probability of no purchase: dead, or alive with no Poisson purchase', () => {
    // Alive (375/887) and no purchase in 2 weeks given λ ~ Gamma(r+x, α+T) = Gamma(3, 8): (8/10)³.
    expect(probabilityNoPurchase(params, repeatBuyer, 2)).toBeCloseTo(1 - (375 / 887) * (1 - 0.8 ** 3), 14);
    expect(probabilityNoPurchase(params, oneTimeBuyer, 0)).toBe(1);
  });
});

describe('BG/NBD at the published CDNOW parameters', () => {
  it('reproduces the expected purchases of a new customer in Hardie\'s spreadsheet', () => {
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(Math.abs(expectedPurchasesNewCustomer(PUBLISHED, t) - expected[i]!)).toBeLessThan(1.5e-3));
  });

  it('reproduces R BTYD\'s probability of no repeat purchase in 39 weeks for a new customer', () => {
    const bTydParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(probabilityNoPurchase(bTydParams, { frequency: 0, recency: 0, T: 0 }, 39)).toBeCloseTo(0.5737864, 6);
  });

  it('expects 1.226 purchases and P(alive) 0.7266 for customer 1', () => {
    const customer1 = { frequency: 2, recency: 30.43, T: 38.86 };
    expect(expectedPurchases(PUBLISHED, customer1, 39)).toBeCloseTo(1.226, 3);
    expect(probabilityAlive(PUBLISHED, customer1)).toBeCloseTo(0.7266, 4);
    expect(expectedPurchases(PUBLISHED, customer1, 0)).toBeCloseTo(0, 14);
  });
});

/**
 * Both inputs are fitted: the summaries computed here from the transactions
 * (recency and T unrounded — what the product runs) and the published summary
 * rounded to 2 decimals, which the published figures come from. Both must
 * match them to 3 significant digits.
 */
describe.each([
  ['computed from the transactions', () => summarizeCustomers(loadCdnowSample(), CDNOW_CALIBRATION_END)],
  ['published, rounded to 2 decimals', loadCdnowPublishedSummary],
])('BG/NBD fitted on the CDNOW summary %s', (_, load) => {
  const customers = load();
  const fit = fitBgNbd(customers);
  const reference = CDNOW_REFERENCE.bgnbd;

  it('finds the published parameters and log-likelihood', () => {
    expect(fit.customers).toBe(2357);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(matchesSignificantDigits(fit.params[key], reference[key]), `${key} ${fit.params[key]}`).toBe(true);
    expect(matchesSignificantDigits(fit.logLikelihood, reference.ll), `ll ${fit.logLikelihood}`).toBe(true);
    expect(fit.iterations).toBeLessThan(50);
  });

  it('predicts customer 1', () => {
    const customer1 = customers.find((c) => c.id === '1')!;
    expect(matchesSignificantDigits(expectedPurchases(fit.params, customer1, 39), CDNOW_REFERENCE.customer1.expected39)).toBe(true);
    expect(matchesSignificantDigits(probabilityAlive(fit.params, customer1), CDNOW_REFERENCE.customer1.palive)).toBe(true);
  });

  it('predicts the holdout total as lifetimes does at the published parameters', () => {
    const predicted = customers.reduce((sum, c) => sum + expectedPurchases(fit.params, c, 39), 0);
    expect(Math.abs(predicted / CDNOW_REFERENCE.holdout.predictedAtPublishedParams - 1)).toBeLessThan(0.005);
  });
});

describe('BG/NBD with a + b < 1, as penalized fits give', () => {
  // ₂F₁'s c = a + b + x − 1 is negative for customers without repeat purchases. Values from lifetimes' formulas with scipy.
  const params: BgNbdParams = { r: 0.2418, alpha: 4.8079, a: 0.1294, b: 0.3171 };

  it('still gives the expectations', () => {
    expect(expectedPurchases(params, { frequency: 0, recency: 0, T: 38.86 }, 39)).toBeCloseTo(0.19251484763341664, 12);
    expect(expectedPurchases(params, { frequency: 3, recency: 20, T: 38.86 }, 39)).toBeCloseTo(2.033251965418965, 12);
    expect(expectedPurchasesNewCustomer(params, 39)).toBeCloseTo(1.3314681914468052, 12);
  });
});

describe('BG/NBD on a small sample whose likelihood levels off towards a, b → 0', () => {
  it('stops where no measurable gain is left and still predicts', () => {
    const customers = loadCdnowPublishedSummary().slice(0, 100);
    const { params } = fitBgNbd(customers);
    expect(params.a + params.b).toBeLessThan(1e-3);
    for (const c of customers) expect(expectedPurchases(params, c, 39)).toBeGreaterThanOrEqual(0);
  });
});

describe('BG/NBD penalizer', () => {
  it('shrinks every parameter, more with a larger coefficient', () => {
    const customers = loadCdnowPublishedSummary();
    const [none, some, more] = [0, 0.1, 10].map((penalizer) => fitBgNbd(customers, { penalizer }).params);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(some![key]).toBeLessThan(none![key]);
      expect(more![key]).toBeLessThan(some![key]);
    }
  });
});
