import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, CDNOW_HOLDOUT_WEEKS, loadCdnowSample } from '../../../scripts/lib/lifetime-reference';
import { fitBgNbd, probabilityAlive, probabilityNoPurchase, type BgNbdParams } from './bgnbd';
import { churnRisks, midRanks, rocAuc } from './churn';
import { countHoldoutPurchases, summarizeCustomers } from './summary';

describe('rocAuc', () => {
  it('is the share of positive–negative pairs ranked right', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
    expect(rocAuc([1, 2, 3], [false, true, true])).toBe(1);
    expect(rocAuc([3, 2, 1], [false, true, true])).toBe(0);
  });

  it('counts a tie between a positive and a negative as half', () => {
    // Pairs (positive, negative): (2, 1) 1, (2, 2) ½, (3, 1) 1, (3, 2) 1 → 3.5 / 4.
    expect(rocAuc([1, 2, 2, 3], [false, true, false, true])).toBe(0.875);
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
  });

  it('needs both classes', () => {
    expect(() => rocAuc([1, 2], [true, true])).toThrow(RangeError);
  });
});

describe('midRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(midRanks([30, 10, 20, 10])).toEqual([4, 1.5, 3, 1.5]);
  });
});

describe('churnRisks', () => {
  const params: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
  const customers = [
    { id: 'recent regular', frequency: 10, recency: 38, T: 39 },
    { id: 'lapsed regular', frequency: 10, recency: 10, T: 39 },
    { id: 'one-time buyer', frequency: 0, recency: 0, T: 39 },
  ];

  it('averages the percentile ranks of P(no purchase) and of time since the last purchase', () => {
    const [recent, lapsed, oneTime] = churnRisks(params, customers, 39);
    expect(recent).toMatchObject({ id: 'recent regular', periodsSinceLastPurchase: 1, periodsSinceLastPurchasePercentile: 1 / 3 });
    expect(recent!.probabilityNoPurchase).toBeCloseTo(probabilityNoPurchase(params, customers[0]!, 39), 14);
    expect(oneTime!.probabilityAlive).toBe(1);
    expect(recent!.risk).toBeLessThan(lapsed!.risk);
    expect(recent!.risk).toBeLessThan(oneTime!.risk);
    expect(oneTime!.risk).toBe((oneTime!.probabilityNoPurchasePercentile + 1) / 2);
  });
});

describe('churn on the CDNOW holdout', () => {
  const transactions = loadCdnowSample();
  const customers = summarizeCustomers(transactions, CDNOW_CALIBRATION_END);
  const holdout = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END);
  const { params } = fitBgNbd(customers);
  const churned = customers.map((c) => !holdout.has(c.id));

  it('ranks the customers with no holdout purchase clearly better than chance', () => {
    const auc = rocAuc(churnRisks(params, customers, CDNOW_HOLDOUT_WEEKS).map((c) => c.risk), churned);
    expect(auc).toBeGreaterThan(0.75);
  });

  it('would rank worse than chance by 1 − P(alive), which calls every one-time buyer alive', () => {
    expect(rocAuc(customers.map((c) => 1 - probabilityAlive(params, c)), churned)).toBeLessThan(0.5);
  });
});
