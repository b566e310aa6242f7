/**
 * Lifetime value for the workspace: BG/NBD and Gamma-Gamma fitted on the
 * whole customer base, then, per customer, the probability of being alive,
 * the purchases and spend to expect, the discounted value over the horizon,
 * and the churn risk.
 */
import type { ValueTierRules } from '../schemas/config';
import {
  expectedPurchases, probabilityAlive, probabilityNoPurchase, type BgNbdParams, type PurchaseColumns, type PurchaseHistory,
} from './clv/bgnbd';
import { fitGammaGamma, observesSpend, type GammaGammaParams, type SpendColumns, type SpendHistory } from './clv/gamma-gamma';
import { customerLifetimeValue, WEEKS_PER_MONTH } from './clv/lifetime-value';
import { fitPurchaseModel } from './clv/nbd';

/** Many customers' purchase and spend histories, one array per field. */
export type HistoryColumns = PurchaseColumns & SpendColumns;

export type LifetimeModel = {
  /** BG/NBD's parameters; with `dropout` false, the NBD's (a = b = 0: nobody drops out). */
  bgnbd: BgNbdParams;
  /** Whether the purchases show drop-out (see fitPurchaseModel). */
  dropout: boolean;
  /**
   * Null when the spend model could not be fitted: fewer than 20 repeat buyers
   * with a positive mean spend, or q ≤ 1, where spend has no finite mean under
   * the model (too heavy-tailed). Then no value is predicted, only purchases.
   */
  gammaGamma: GammaGammaParams | null;
  customers: number;
  repeatBuyers: number;
  /** The repeat buyers with a positive mean spend: those the spend model was fitted on. */
  spendingRepeatBuyers: number;
  /** What was fitted, on whom, and what it means for the predictions, in words. */
  explanation: string;
};

export type Lifetime = {
  probabilityAlive: number;
  /** Purchases expected over the horizon. */
  expectedPurchases: number;
  /** Null when the spend model could not be fitted (see LifetimeModel). */
  expectedAverageSpend: number | null;
  /** Discounted value of those purchases; null likewise. */
  predictedValue: number | null;
  /**
   * Probability of no purchase in the next quarter. Not 1 − P(alive): under
   * BG/NBD a customer drops out only right after a purchase, so one-time buyers
   * get P(alive) = 1 and would rank safest (on the CDNOW holdout that ranking
   * is worse than chance, ROC AUC 0.33). `npm run validate` measures this one
   * against who bought nothing in the quarter after the fit.
   */
  churnRisk: number;
};

/** Below these, the fits say more about chance than about the customers: value falls back to realised revenue. */
const MIN_CUSTOMERS = 50;
const MIN_REPEAT_BUYERS = 20;
/** A quarter, in the models' weeks: the churn risk's horizon. */
export const CHURN_HORIZON_WEEKS = 13;

/**
 * The purchase model on every customer and the spend model on the repeat
 * buyers with a positive mean spend: a buyer of free orders (or one whose
 * refunds cancel what they paid) takes no part in the spend fit and is
 * expected to spend the population mean, but does not take the model away
 * from everyone else.
 */
export function fitLifetimeModel(histories: HistoryColumns, penalizer: number): LifetimeModel | null {
  const customers = histories.frequency.length;
  let [repeatBuyers, spendingRepeatBuyers] = [0, 0];
  for (let i = 0; i < customers; i++) {
    if (histories.frequency[i]! > 0) repeatBuyers++;
    if (observesSpend({ frequency: histories.frequency[i]!, monetary: histories.monetary[i]! })) spendingRepeatBuyers++;
  }
  if (customers < MIN_CUSTOMERS || repeatBuyers < MIN_REPEAT_BUYERS) return null;
  let purchases;
  try {
    purchases = fitPurchaseModel(histories, { penalizer });
  } catch {
    // A base the models cannot describe (e.g. no variation at all): better no prediction than a wrong one.
    return null;
  }
  const gammaGamma = spendingRepeatBuyers >= MIN_REPEAT_BUYERS ? fitSpendModel(histories, penalizer) : null;
  const { r, alpha, a, b } = purchases.params;
  const evidence = `likelihood ratio ${purchases.likelihoodRatio.toFixed(2)} against the NBD, whose purchases never stop`;
  const purchaseWords = purchases.dropout
    ? `BG/NBD fitted on ${customers} customers: r ${fixed(r)}, α ${fixed(alpha)}, a ${fixed(a)}, b ${fixed(b)} (drop-out detected: ${evidence}).`
    : `No drop-out detected: P(alive) is 1 for everyone. BG/NBD's drop-out explained the purchases of ${customers} customers no better than chance `
      + `(${evidence}; 2.71 is needed at 5 %), so the NBD, its limit without drop-out, predicts purchases: r ${fixed(r)}, α ${fixed(alpha)}.`;
  const free = repeatBuyers - spendingRepeatBuyers;
  const spendWords = gammaGamma
    ? `Gamma-Gamma fitted on the ${spendingRepeatBuyers} repeat buyers with a positive mean spend: p ${fixed(gammaGamma.p)}, q ${fixed(gammaGamma.q)}, v ${fixed(gammaGamma.v)}`
      + `${free ? `; the ${free} without one are expected to spend the population mean, ${fixed((gammaGamma.v * gammaGamma.p) / (gammaGamma.q - 1))}` : ''}.`
    : `No spend model: ${spendingRepeatBuyers < MIN_REPEAT_BUYERS ? `${spendingRepeatBuyers} repeat buyers with a positive mean spend, fewer than ${MIN_REPEAT_BUYERS}` : 'spend too heavy-tailed for a finite mean (q ≤ 1)'}; value tiers rank realised revenue.`;
  return { bgnbd: purchases.params, dropout: purchases.dropout, gammaGamma, customers, repeatBuyers, spendingRepeatBuyers, explanation: `${purchaseWords} ${spendWords}` };
}

/** Gamma-Gamma's parameters when spend has a finite mean under them (q > 1), else null. */
function fitSpendModel(histories: SpendColumns, penalizer: number): GammaGammaParams | null {
  try {
    const spend = fitGammaGamma(histories, { penalizer }).params;
    return spend.q > 1 ? spend : null;
  } catch {
    return null;
  }
}

const fixed = (value: number) => String(+value.toPrecision(4));

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
