/**
 * Lifetime value for the workspace: BG/NBD and Gamma-Gamma fitted on the
 * whole customer base, then, per customer, the probability of being alive,
 * the purchases and spend to expect, the discounted value over the horizon,
 * and the churn risk.
 */
import type { ValueTierRules } from '../schemas/config';
import {
  expectedPurchases, fitBgNbd, probabilityAlive, probabilityNoPurchase, type BgNbdParams, type PurchaseColumns, type PurchaseHistory,
} from './clv/bgnbd';
import { fitGammaGamma, type GammaGammaParams, type SpendColumns, type SpendHistory } from './clv/gamma-gamma';
import { customerLifetimeValue, WEEKS_PER_MONTH } from './clv/lifetime-value';

/** Many customers' purchase and spend histories, one array per field. */
export type HistoryColumns = PurchaseColumns & SpendColumns;

/**
 * `gammaGamma` is null when the fit gives q ≤ 1: spend then has no finite mean
 * under the model (too heavy-tailed), so no value is predicted, only purchases.
 */
export type LifetimeModel = { bgnbd: BgNbdParams; gammaGamma: GammaGammaParams | null; customers: number; repeatBuyers: number };

export type Lifetime = {
  probabilityAlive: number;
  /** Purchases expected over the horizon. */
  expectedPurchases: number;
  /** Null when the spend model could not be fitted (see LifetimeModel). */
  expectedAverageSpend: number | null;
  /** Discounted value of those purchases; null likewise. */
  predictedValue: number | null;
  /** Probability of no purchase in the next quarter. */
  churnRisk: number;
};

/** Below these, the fits say more about chance than about the customers: value falls back to realised revenue. */
const MIN_CUSTOMERS = 50;
const MIN_REPEAT_BUYERS = 20;
/** A quarter, in the models' weeks: the churn risk's horizon. */
const CHURN_HORIZON_WEEKS = 13;

export function fitLifetimeModel(histories: HistoryColumns, penalizer: number): LifetimeModel | null {
  const customers = histories.frequency.length;
  let repeatBuyers = 0;
  for (let i = 0; i < customers; i++) if (histories.frequency[i]! > 0) repeatBuyers++;
  if (customers < MIN_CUSTOMERS || repeatBuyers < MIN_REPEAT_BUYERS) return null;
  try {
    const spend = fitGammaGamma(histories, { penalizer }).params;
    return {
      bgnbd: fitBgNbd(histories, { penalizer }).params,
      gammaGamma: spend.q > 1 ? spend : null,
      customers,
      repeatBuyers,
    };
  } catch {
    // A base the models cannot describe (e.g. no variation at all): better no prediction than a wrong one.
    return null;
  }
}

export function lifetime(model: LifetimeModel, history: PurchaseHistory & SpendHistory, rules: ValueTierRules): Lifetime {
  const horizonWeeks = rules.horizonMonths * WEEKS_PER_MONTH;
  const value = model.gammaGamma
    && customerLifetimeValue(model.bgnbd, model.gammaGamma, history, { months: rules.horizonMonths, monthlyDiscountRate: rules.monthlyDiscountRate });
  return {
    probabilityAlive: probabilityAlive(model.bgnbd, history),
    expectedPurchases: value ? value.expectedPurchases : expectedPurchases(model.bgnbd, history, horizonWeeks),
    expectedAverageSpend: value ? value.expectedAverageSpend : null,
    predictedValue: value ? value.value : null,
    churnRisk: probabilityNoPurchase(model.bgnbd, history, CHURN_HORIZON_WEEKS),
  };
}
