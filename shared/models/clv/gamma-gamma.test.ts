import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, CDNOW_REFERENCE, loadCdnowPublishedSummary, loadCdnowSample, matchesSignificantDigits } from '../../../scripts/lib/lifetime-reference';
import { expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood, type GammaGammaParams, type SpendHistory } from './gamma-gamma';
import { summarizeCustomers } from './summary';

describe('Gamma-Gamma by hand', () => {
  const params: GammaGammaParams = { p: 1, q: 2, v: 3 };
  const customers: SpendHistory[] = [
    { frequency: 1, monetary: 2 },
    { frequency: 2, monetary: 1.5 },
    { frequency: 0, monetary: 0 }, // one-time buyer: no observation of repeat spend
  ];

  it('has the likelihood of note 025', () => {
    // Γ(px+q)/(Γ(px)Γ(q)) v^q m^(px−1) x^(px) / (v+xm)^(px+q):
    // x = 1, m = 2:   Γ(3)/(Γ(1)Γ(2)) · 9 · 1 · 1 / 5³      = 18/125
    // x = 2, m = 1.5: Γ(4)/(Γ(2)Γ(2)) · 9 · 1.5 · 4 / 6⁴    = 1/4
    expect(gammaGammaLogLikelihood(customers, params).logLikelihood).toBeCloseTo(Math.log(18 / 125) + Math.log(1 / 4), 12);
  });

  it('has an analytic gradient that matches finite differences in log-parameters', () => {
    const at: GammaGammaParams = { p: 6, q: 3.5, v: 15 };
    const { gradient } = gammaGammaLogLikelihood(customers, at);
    (['p', 'q', 'v'] as const).forEach((key, i) => {
      const h = 1e-6;
      const shifted = (sign: number) => gammaGammaLogLikelihood(customers, { ...at, [key]: at[key] * Math.exp(sign * h) }).logLikelihood;
      expect(gradient[i]).toBeCloseTo((shifted(1) - shifted(-1)) / (2 * h), 6);
    });
  });

  it('expects a one-time buyer to spend the population mean and a frequent buyer close to their own mean', () => {
    expect(expectedAverageSpend(params, { frequency: 0, monetary: 0 })).toBe(3); // v·p/(q−1)
    // Weight px/(px+q−1) = 100/101 on the customer's own mean.
    expect(expectedAverageSpend(params, { frequency: 100, monetary: 50 })).toBeCloseTo((1 / 101) * 3 + (100 / 101) * 50, 12);
  });

  it('expects a repeat buyer who spent nothing to spend the population mean, as the fit did not read them', () => {
    expect(expectedAverageSpend(params, { frequency: 4, monetary: 0 })).toBe(3);
  });
});

describe('Gamma-Gamma on a base with repeat buyers who spent nothing', () => {
  const spenders = loadCdnowPublishedSummary();
  const withFreeOrders = [...spenders, { frequency: 2, monetary: 0 }, { frequency: 5, monetary: 0 }];

  it('is fitted on the repeat buyers with a positive mean spend, as if the others were not there', () => {
    const fit = fitGammaGamma(withFreeOrders);
    expect(fit.customers).toBe(CDNOW_REFERENCE.gg.repeatBuyers);
    expect(fit.params).toEqual(fitGammaGamma(spenders).params);
  });

  it('says so when no repeat buyer spent anything', () => {
    expect(() => fitGammaGamma([{ frequency: 3, monetary: 0 }])).toThrow(/positive mean spend/);
  });
});

/** As for BG/NBD, both the unrounded and the published (2-decimal) summaries must give the published figures. */
describe.each([
  ['computed from the transactions', () => summarizeCustomers(loadCdnowSample(), CDNOW_CALIBRATION_END)],
  ['published, rounded to cents', loadCdnowPublishedSummary],
])('Gamma-Gamma fitted on the CDNOW summary %s', (_, load) => {
  const customers = load();
  const fit = fitGammaGamma(customers);

  it('uses the 946 repeat buyers and finds the published parameters', () => {
    expect(fit.customers).toBe(CDNOW_REFERENCE.gg.repeatBuyers);
    for (const key of ['p', 'q', 'v'] as const) expect(matchesSignificantDigits(fit.params[key], CDNOW_REFERENCE.gg[key]), `${key} ${fit.params[key]}`).toBe(true);
  });

  it('expects customer 1 to spend what lifetimes\' Quickstart shows', () => {
    const customer1 = customers.find((c) => c.id === '1')!;
    expect(matchesSignificantDigits(expectedAverageSpend(fit.params, customer1), CDNOW_REFERENCE.customer1.expectedAverageSpend)).toBe(true);
  });
});
