/**
 * `npm run validate`: fits BG/NBD and Gamma-Gamma on the CDNOW sample and
 * checks them against the published figures (see scripts/lib/lifetime-reference.ts).
 *
 * Both inputs are fitted: the summary computed here from the transactions
 * (unrounded — what the product runs; the JSON line reports it) and the
 * published summary, rounded to 2 decimals, that the published figures come
 * from. Tolerances: 3 significant digits for the parameters, log-likelihood
 * and customer 1; the predicted holdout total within 5% of what `lifetimes`'
 * formula gives at the published parameters (no published total was found).
 *
 * The churn risk is checked as the product serves it: the lifetime model as
 * the engine fits it (lifetime.ts, the default rules), each customer's
 * P(no purchase in the next quarter), ranked against who bought nothing in
 * the quarter after the calibration end: its ROC AUC must beat chance. Beside
 * it, for what the model adds, the AUC of recency alone (weeks since the last
 * purchase) and of the expected purchases in that quarter (fewer: riskier).
 *
 * Exits 1 when any check fails; the last line printed is one JSON object.
 */
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  CDNOW_HOLDOUT_WEEKS,
  CDNOW_REFERENCE,
  loadCdnowPublishedSummary,
  loadCdnowSample,
  matchesSignificantDigits,
} from './lib/lifetime-reference';
import { DEFAULT_CONFIG } from '../shared/data/default-config';
import { expectedPurchases, fitBgNbd, probabilityAlive } from '../shared/models/clv/bgnbd';
import { fitGammaGamma } from '../shared/models/clv/gamma-gamma';
import { rocAuc } from '../shared/models/clv/roc-auc';
import { countHoldoutPurchases, summarizeCustomers, type CustomerSummary } from '../shared/models/clv/summary';
import { CHURN_HORIZON_WEEKS, fitLifetimeModel, lifetime } from '../shared/models/lifetime';

const HOLDOUT_TOLERANCE = 0.05;
const TIERS = DEFAULT_CONFIG['value-tiers'];

/** The served churn risk's ROC AUC against no purchase in the quarter after the fit, with recency's and expected purchases' beside it. */
function churnAucs(customers: readonly CustomerSummary[], quarter: Map<string, number>) {
  const model = fitLifetimeModel({
    frequency: customers.map((c) => c.frequency), recency: customers.map((c) => c.recency), T: customers.map((c) => c.T), monetary: customers.map((c) => c.monetary),
  }, TIERS.penalizer);
  if (!model) throw new Error('The lifetime model could not be fitted on CDNOW');
  const churned = customers.map((c) => !quarter.has(c.id));
  return {
    served: rocAuc(customers.map((c) => lifetime(model, c, TIERS).churnRisk), churned),
    recencyAlone: rocAuc(customers.map((c) => c.T - c.recency), churned),
    expectedPurchases: rocAuc(customers.map((c) => -expectedPurchases(model.bgnbd, c, CHURN_HORIZON_WEEKS)), churned),
    oneMinusPAlive: rocAuc(customers.map((c) => 1 - probabilityAlive(model.bgnbd, c)), churned),
  };
}

function evaluate(customers: readonly CustomerSummary[], holdout: Map<string, number>, quarter: Map<string, number>) {
  const bgnbd = fitBgNbd(customers);
  const gg = fitGammaGamma(customers);
  const customer1 = customers.find((c) => c.id === '1')!;
  return {
    bgnbd: { ...bgnbd.params, ll: bgnbd.logLikelihood },
    gg: gg.params,
    repeatBuyers: gg.customers,
    customer1: { expected39: expectedPurchases(bgnbd.params, customer1, 39), palive: probabilityAlive(bgnbd.params, customer1) },
    holdout: {
      predicted: customers.reduce((sum, c) => sum + expectedPurchases(bgnbd.params, c, CDNOW_HOLDOUT_WEEKS), 0),
      actual: [...holdout.values()].reduce((a, b) => a + b, 0),
    },
    churnAuc: churnAucs(customers, quarter),
  };
}

const transactions = loadCdnowSample();
const holdout = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END);
const quarterEnd = new Date(Date.parse(`${CDNOW_CALIBRATION_END}T00:00:00Z`) + CHURN_HORIZON_WEEKS * 7 * 86_400_000).toISOString().slice(0, 10);
const quarter = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, quarterEnd);
const summaries = summarizeCustomers(transactions, CDNOW_CALIBRATION_END);
const computed = evaluate(summaries, holdout, quarter);
const published = evaluate(loadCdnowPublishedSummary(), holdout, quarter);

type Result = typeof computed;
interface Row {
  figure: string;
  reference: number;
  pick: (r: Result) => number;
  passes: (value: number) => boolean;
  tolerance: string;
}
const ref = CDNOW_REFERENCE;
const threeDigits = (figure: string, reference: number, pick: Row['pick']): Row => ({
  figure, reference, pick, passes: (v) => matchesSignificantDigits(v, reference), tolerance: '3 sig. digits',
});
const rows: Row[] = [
  threeDigits('BG/NBD r', ref.bgnbd.r, (r) => r.bgnbd.r),
  threeDigits('BG/NBD alpha', ref.bgnbd.alpha, (r) => r.bgnbd.alpha),
  threeDigits('BG/NBD a', ref.bgnbd.a, (r) => r.bgnbd.a),
  threeDigits('BG/NBD b', ref.bgnbd.b, (r) => r.bgnbd.b),
  threeDigits('BG/NBD log-likelihood', ref.bgnbd.ll, (r) => r.bgnbd.ll),
  threeDigits('Gamma-Gamma p', ref.gg.p, (r) => r.gg.p),
  threeDigits('Gamma-Gamma q', ref.gg.q, (r) => r.gg.q),
  threeDigits('Gamma-Gamma v', ref.gg.v, (r) => r.gg.v),
  { figure: 'Gamma-Gamma repeat buyers', reference: ref.gg.repeatBuyers, pick: (r) => r.repeatBuyers, passes: (v) => v === ref.gg.repeatBuyers, tolerance: 'exact' },
  threeDigits('customer 1: purchases in 39 weeks', ref.customer1.expected39, (r) => r.customer1.expected39),
  threeDigits('customer 1: P(alive)', ref.customer1.palive, (r) => r.customer1.palive),
  {
    figure: 'holdout predicted (weeks 40-78)',
    reference: ref.holdout.predictedAtPublishedParams,
    pick: (r) => r.holdout.predicted,
    passes: (v) => Math.abs(v / ref.holdout.predictedAtPublishedParams - 1) <= HOLDOUT_TOLERANCE,
    tolerance: `±${HOLDOUT_TOLERANCE * 100}% (lifetimes at published params)`,
  },
  { figure: 'holdout actual (weeks 40-78)', reference: ref.holdout.actual, pick: (r) => r.holdout.actual, passes: (v) => v === ref.holdout.actual, tolerance: 'exact' },
  { figure: `churn risk served, P(no purchase in ${CHURN_HORIZON_WEEKS} wk): ROC AUC`, reference: 0.5, pick: (r) => r.churnAuc.served, passes: (v) => v > 0.5, tolerance: '> 0.5 (chance)' },
  { figure: 'beside it: recency alone', reference: 0.5, pick: (r) => r.churnAuc.recencyAlone, passes: () => true, tolerance: 'none (for comparison)' },
  { figure: `beside it: expected purchases in ${CHURN_HORIZON_WEEKS} wk`, reference: 0.5, pick: (r) => r.churnAuc.expectedPurchases, passes: () => true, tolerance: 'none (for comparison)' },
  { figure: 'beside it: 1 − P(alive)', reference: 0.5, pick: (r) => r.churnAuc.oneMinusPAlive, passes: () => true, tolerance: 'none (below chance)' },
];

const format = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(6));
const table = [
  ['figure', 'reference', 'ours: computed', 'ours: published', 'tolerance', ''],
  ...rows.map((row) => {
    const values = [computed, published].map(row.pick);
    return [row.figure, String(row.reference), ...values.map(format), row.tolerance, values.every(row.passes) ? 'ok' : 'FAIL'];
  }),
];
const widths = table[0]!.map((_, col) => Math.max(...table.map((line) => line[col]!.length)));
console.log('CDNOW sample, calibration to 1997-09-30, weeks, penalizer 0.');
console.log('"computed": summary from the transactions (unrounded); "published": the 2-decimal summary the references come from.\n');
for (const line of table) console.log(line.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd());
const failures = rows.filter((row) => ![computed, published].map(row.pick).every(row.passes));
const actual = computed.holdout.actual;
console.log(`\nHoldout: predicted ${computed.holdout.predicted.toFixed(1)} vs actual ${actual} repeat purchases (${((computed.holdout.predicted / actual - 1) * 100).toFixed(1)}%).`);
console.log(`Churn: ${quarter.size} of ${summaries.length} customers bought in the quarter to ${quarterEnd}; the churn AUCs rank the ${summaries.length - quarter.size} who did not.`);
console.log(failures.length === 0 ? 'All figures within tolerance.' : `${failures.length} figure(s) outside tolerance.`);

const { bgnbd, gg, customer1, holdout: holdoutTotals, churnAuc } = computed;
console.log(JSON.stringify({
  bgnbd,
  gg: { p: gg.p, q: gg.q, v: gg.v },
  customer1,
  holdout: holdoutTotals,
  churnAuc,
}));
process.exitCode = failures.length === 0 ? 0 : 1;
