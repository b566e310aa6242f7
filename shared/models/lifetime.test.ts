import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, loadCdnowPublishedSummary, loadCdnowSample } from '../../scripts/lib/lifetime-reference';
import { DEFAULT_CONFIG } from '../data/default-config';
import { probabilityAlive, type PurchaseHistory } from './clv/bgnbd';
import { customerLifetimeValue } from './clv/lifetime-value';
import type { SpendHistory } from './clv/gamma-gamma';
import { rocAuc } from './clv/roc-auc';
import { countHoldoutPurchases, summarizeCustomers } from './clv/summary';
import { CHURN_HORIZON_WEEKS, fitLifetimeModel, lifetime, type HistoryColumns } from './lifetime';

type History = PurchaseHistory & SpendHistory;
const columns = (histories: readonly History[]): HistoryColumns => ({
  frequency: histories.map((h) => h.frequency), recency: histories.map((h) => h.recency), T: histories.map((h) => h.T), monetary: histories.map((h) => h.monetary),
});
const tiers = DEFAULT_CONFIG['value-tiers'];

describe('the lifetime model on a base with repeat buyers who spent nothing', () => {
  const cdnow = loadCdnowPublishedSummary();
  const freeOrders: History = { frequency: 1, recency: 10, T: 30, monetary: 0 };
  const model = fitLifetimeModel(columns([...cdnow, freeOrders, { ...freeOrders, frequency: 2, recency: 20 }]), tiers.penalizer);

  it('still predicts value for everyone: spend is fitted on the buyers with a positive mean spend', () => {
    expect(model).not.toBeNull();
    expect(model!.gammaGamma).not.toBeNull();
    expect(model!).toMatchObject({ customers: 2359, repeatBuyers: 948, spendingRepeatBuyers: 946, dropout: true });
    expect(model!.explanation).toMatch(/946 repeat buyers with a positive mean spend.*the 2 without one are expected to spend the population mean/);
  });

  it('values a buyer who spent nothing at the population mean spend', () => {
    const { p, q, v } = model!.gammaGamma!;
    const predicted = lifetime(model!, freeOrders, tiers).predictedValue!;
    expect(predicted).toBeGreaterThan(0);
    const asOneTimeBuyer = customerLifetimeValue(model!.bgnbd, model!.gammaGamma!, { ...freeOrders, monetary: 0 }, { months: tiers.horizonMonths, monthlyDiscountRate: tiers.monthlyDiscountRate });
    expect(asOneTimeBuyer.expectedAverageSpend).toBeCloseTo((v * p) / (q - 1), 10);
    expect(predicted).toBeCloseTo(asOneTimeBuyer.value, 10);
  });
});

describe('the lifetime model on a base where nobody drops out', () => {
  // Everyone buys at a steady pace up to today, spending 20 to 70 a time.
  const steady: History[] = Array.from({ length: 400 }, (_, i) => {
    const interval = 1 + (i % 10) * 1.5;
    const T = 20 + (i % 17) * 2;
    const frequency = Math.floor(T / interval);
    return { frequency, recency: frequency * interval, T, monetary: 20 + (i % 11) * 5 };
  });
  const model = fitLifetimeModel(columns(steady), tiers.penalizer)!;

  it('says no drop-out was detected and keeps everyone alive', () => {
    expect(model.dropout).toBe(false);
    expect(model.bgnbd).toMatchObject({ a: 0, b: 0 });
    expect(model.explanation).toMatch(/^No drop-out detected: P\(alive\) is 1 for everyone\./);
    for (const history of steady) expect(lifetime(model, history, tiers).probabilityAlive).toBe(1);
  });

  it('predicts finite value that grows with the pace of buying', () => {
    const [fast, slow] = [steady[0]!, steady[9]!].map((h) => lifetime(model, h, tiers));
    expect(fast!.predictedValue).toBeGreaterThan(0);
    expect(Number.isFinite(slow!.predictedValue)).toBe(true);
    expect(fast!.expectedPurchases).toBeGreaterThan(slow!.expectedPurchases);
  });
});

describe('the churn risk served, on the CDNOW quarter after the fit', () => {
  const transactions = loadCdnowSample();
  const customers = summarizeCustomers(transactions, CDNOW_CALIBRATION_END);
  const model = fitLifetimeModel(columns(customers), tiers.penalizer)!;
  const quarterEnd = new Date(Date.parse(`${CDNOW_CALIBRATION_END}T00:00:00Z`) + CHURN_HORIZON_WEEKS * 7 * 86_400_000);
  const boughtAgain = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, quarterEnd);
  const churned = customers.map((c) => !boughtAgain.has(c.id));

  it('ranks the customers who bought nothing that quarter clearly better than chance', () => {
    expect(rocAuc(customers.map((c) => lifetime(model, c, tiers).churnRisk), churned)).toBeGreaterThan(0.75);
  });

  it('would rank worse than chance by 1 − P(alive), which calls every one-time buyer alive', () => {
    expect(rocAuc(customers.map((c) => 1 - probabilityAlive(model.bgnbd, c)), churned)).toBeLessThan(0.5);
  });
});
