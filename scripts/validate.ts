/**
 * `npm run validate`: fits BG/NBD and Gamma-Gamma on the CDNOW sample and
 * checks them against the published figures (see scripts/lib/lifetime-reference.ts).
 *
 * Both inputs are fitted: the summary computed here from the transactions
 * (unrounded — what the product runs; the JSON line reports it) and the
 * published summary, rounded to 2 decimals, that the published figures come
 * from. Tolerances: 3 significant digits for the parameters, log-likelihood
 * and customer 1; the predicted holdout total within 5% of what `lifetimes`'
 * formula gives at the published parameters (no published total was found);
 * churn ROC AUC above 0.5. Exits 1 when any check fails; the last line printed
 * is one JSON object.
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
import { expectedPurchases, fitBgNbd, probabilityAlive } from '../shared/models/clv/bgnbd';
import { churnRisks, rocAuc } from '../shared/models/clv/churn';
import { fitGammaGamma } from '../shared/models/clv/gamma-gamma';
import { countHoldoutPurchases, summarizeCustomers, type CustomerSummary } from '../shared/models/clv/summary';

const HOLDOUT_TOLERANCE = 0.05;

function evaluate(customers: readonly CustomerSummary[], holdout: Map<string, number>) {
  const bgnbd = fitBgNbd(customers);
  const gg = fitGammaGamma(customers);
  const customer1 = customers.find((c) => c.id === '1')!;
  const churned = customers.map((c) => !holdout.has(c.id));
  return {
    bgnbd: { ...bgnbd.params, ll: bgnbd.logLikelihood },
    gg: gg.params,
    repeatBuyers: gg.customers,
    customer1: { expected39: expectedPurchases(bgnbd.params, customer1, 39), palive: probabilityAlive(bgnbd.params, customer1) },
    holdout: {
      predicted: customers.reduce((sum, c) => sum + expectedPurchases(bgnbd.params, c, CDNOW_HOLDOUT_WEEKS), 0),
      actual: [...holdout.values()].reduce((a, b) => a + b, 0),
    },
    churnAuc: rocAuc(churnRisks(bgnbd.params, customers, CDNOW_HOLDOUT_WEEKS).map((c) => c.risk), churned),
    oneMinusPAliveAuc: rocAuc(customers.map((c) => 1 - probabilityAlive(bgnbd.params, c)), churned),
  };
}

const transactions = loadCdnowSample();
const holdout = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END);
const computed = evaluate(summarizeCustomers(transactions, CDNOW_CALIBRATION_END), holdout);
const published = evaluate(loadCdnowPublishedSummary(), holdout);

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
  { figure: 'churn ROC AUC (P(no purchase) + recency)', reference: 0.5, pick: (r) => r.churnAuc, passes: (v) => v > 0.5, tolerance: '> 0.5' },
  { figure: 'for contrast: ROC AUC of 1 − P(alive)', reference: 0.5, pick: (r) => r.oneMinusPAliveAuc, passes: () => true, tolerance: 'none (below chance)' },
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
