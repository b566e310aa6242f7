import { describe, expect, it } from 'vitest';
import { CDNOW_REFERENCE, loadCdnowPublishedSummary, matchesSignificantDigits } from '../../../scripts/lib/lifetime-reference';
import {
  bgNbdLogLikelihood, expectedPurchases, expectedPurchasesNewCustomer, fitBgNbd, probabilityAlive, probabilityNoPurchase, type PurchaseHistory,
} from './bgnbd';
import { fitNbd, fitPurchaseModel } from './nbd';

/**
 * A base where nobody drops out: everyone buys at a steady pace up to today
 * (every 1 to 14.5 weeks, for 20 to 52 weeks), so no one's silence is longer
 * than their own pace.
 */
const steadyBuyers: PurchaseHistory[] = Array.from({ length: 400 }, (_, i) => {
  const interval = 1 + (i % 10) * 1.5;
  const T = 20 + (i % 17) * 2;
  const frequency = Math.floor(T / interval);
  return { frequency, recency: frequency * interval, T };
});

/** BG/NBD's log-likelihood as a → 0: the NBD's. */
const nearLimit = (p: { r: number; alpha: number }) => bgNbdLogLikelihood(steadyBuyers, { ...p, a: 1e-12, b: 1 }).logLikelihood;

describe('the NBD, BG/NBD without drop-out', () => {
  it('has the likelihood BG/NBD tends to as a → 0', () => {
    const { params, logLikelihood } = fitNbd(steadyBuyers);
    expect(logLikelihood).toBeCloseTo(nearLimit(params), 6);
  });

  it('is fitted where its likelihood is highest', () => {
    const { params, logLikelihood } = fitNbd(steadyBuyers);
    for (const nudge of [{ r: params.r * 1.01 }, { r: params.r * 0.99 }, { alpha: params.alpha * 1.01 }, { alpha: params.alpha * 0.99 }]) {
      expect(nearLimit({ ...params, ...nudge })).toBeLessThan(logLikelihood);
    }
  });
});

describe('fitPurchaseModel', () => {
  it('on a base without drop-out, where BG/NBD runs off to its boundary, keeps the NBD and says so', () => {
    // The failure it guards against: a reported as a tiny number, b as a huge one, as if that were an ordinary fit.
    const boundary = fitBgNbd(steadyBuyers).params;
    expect(boundary.a).toBeLessThan(1e-4);

    const model = fitPurchaseModel(steadyBuyers);
    expect(model.dropout).toBe(false);
    expect(model.likelihoodRatio).toBeLessThan(2.71);
    expect(model.params).toMatchObject({ ...fitNbd(steadyBuyers).params, a: 0, b: 0 });
  });

  it('predicts exactly in the limit: everyone alive, purchases at the rate the history gives', () => {
    const { params } = fitPurchaseModel(steadyBuyers);
    const { r, alpha } = params;
    const quiet: PurchaseHistory = { frequency: 3, recency: 2, T: 50 };
    expect(probabilityAlive(params, quiet)).toBe(1);
    expect(expectedPurchases(params, quiet, 13)).toBeCloseTo(((r + 3) / (alpha + 50)) * 13, 12);
    expect(expectedPurchasesNewCustomer(params, 13)).toBeCloseTo((r / alpha) * 13, 12);
    expect(probabilityNoPurchase(params, quiet, 13)).toBeCloseTo(((alpha + 50) / (alpha + 63)) ** (r + 3), 12);
  });

  it('keeps BG/NBD where drop-out is plain, as on CDNOW', () => {
    const model = fitPurchaseModel(loadCdnowPublishedSummary());
    expect(model.dropout).toBe(true);
    expect(model.likelihoodRatio).toBeGreaterThan(100);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(matchesSignificantDigits(model.params[key], CDNOW_REFERENCE.bgnbd[key]), `${key} ${model.params[key]}`).toBe(true);
    }
  });
});
