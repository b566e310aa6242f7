/**
 * Fit time of the lifetime value models on the CDNOW sample (2,357 customers;
 * Gamma-Gamma on its 946 repeat buyers): the median of 21 fits each, after 3
 * warm-up fits. The bar is a compiled scipy L-BFGS-B fit of the BG/NBD, about
 * 40 ms on these machines; target: the BG/NBD fit at most that.
 */
import { CDNOW_CALIBRATION_END, loadCdnowSample } from '../scripts/lib/lifetime-reference';
import { fitBgNbd } from '../shared/models/clv/bgnbd';
import { fitGammaGamma } from '../shared/models/clv/gamma-gamma';
import { summarizeCustomers } from '../shared/models/clv/summary';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 21;
const SCIPY_BGNBD_FIT_MS = 40;

function medianFitMs<T>(fit: () => T): { ms: number; result: T } {
  for (let i = 0; i < WARMUP_RUNS; i++) fit();
  const times: number[] = [];
  let result = fit();
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    result = fit();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(TIMED_RUNS / 2)]!, result };
}

export async function benchClv() {
  const customers = summarizeCustomers(loadCdnowSample(), CDNOW_CALIBRATION_END);
  const bgnbd = medianFitMs(() => fitBgNbd(customers));
  const gg = medianFitMs(() => fitGammaGamma(customers));
  return {
    bgnbdFitMs: +bgnbd.ms.toFixed(2),
    ggFitMs: +gg.ms.toFixed(2),
    iterations: { bgnbd: bgnbd.result.iterations, gg: gg.result.iterations },
    evaluations: { bgnbd: bgnbd.result.evaluations, gg: gg.result.evaluations },
    customers: { bgnbd: bgnbd.result.customers, gg: gg.result.customers },
    runs: TIMED_RUNS,
    ratioToScipy: +(bgnbd.ms / SCIPY_BGNBD_FIT_MS).toFixed(2),
    target: `BG/NBD fit ≤ ${SCIPY_BGNBD_FIT_MS} ms (compiled scipy L-BFGS-B)`,
  };
}
