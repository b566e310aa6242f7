/**
 * Gamma-Gamma model of spend per purchase (Fader & Hardie, note 025, "The
 * Gamma-Gamma Model of Monetary Value"; `lifetimes`' GammaGammaFitter). A
 * customer's purchase amounts are Gamma(p, ν) with ν ~ Gamma(q, v) across
 * customers; spend is assumed independent of purchase frequency.
 *
 * Fitted on repeat buyers with a positive mean spend only, as the reference
 * implementations are: `monetary` is the mean of the repeat purchases, so
 * one-time buyers carry no observation of it, and a mean of 0 (free orders,
 * or refunds that cancel what was paid) has no likelihood under a Gamma
 * distribution. Such a buyer is expected to spend the population mean, as a
 * one-time buyer is (see expectedAverageSpend).
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { minimizeLbfgs } from './lbfgs';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface SpendHistory {
  frequency: number;
  /** Mean amount of the repeat purchases; 0 when frequency is 0. */
  monetary: number;
}

/** Many customers' spend histories as one array per field. */
export interface SpendColumns {
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/** Spend histories as a list, or as columns. */
export type SpendHistories = readonly SpendHistory[] | SpendColumns;

export interface GammaGammaFit {
  params: GammaGammaParams;
  /** Total log-likelihood of the repeat buyers at `params` (no penalty). */
  logLikelihood: number;
  /** The repeat buyers it was fitted on: those with a positive mean spend. */
  customers: number;
  iterations: number;
  evaluations: number;
}

/** Whether a customer's history observes their spend: repeat purchases with a positive mean. */
export const observesSpend = ({ frequency, monetary }: SpendHistory) => frequency > 0 && monetary > 0;

/** The spending repeat buyers' frequencies and mean spends, as typed arrays: the fit's loops read them at every step. */
interface RepeatBuyers {
  frequency: Float64Array;
  monetary: Float64Array;
  /** The distinct frequencies, whose terms need the special functions. */
  frequencies: number[];
}

function repeatBuyers(customers: SpendHistories): RepeatBuyers {
  const all = Array.isArray(customers)
    ? { frequency: customers.map((c) => c.frequency), monetary: customers.map((c) => c.monetary) } : customers as SpendColumns;
  const frequency: number[] = [];
  const monetary: number[] = [];
  for (let i = 0; i < all.frequency.length; i++) {
    const x = all.frequency[i]!;
    const m = all.monetary[i]!;
    if (!observesSpend({ frequency: x, monetary: m })) continue;
    frequency.push(x);
    monetary.push(m);
  }
  return { frequency: Float64Array.from(frequency), monetary: Float64Array.from(monetary), frequencies: [...new Set(frequency)] };
}

/**
 * Σ log-likelihood of the repeat buyers' mean spend m over x purchases (note 025, eq. 1a)
 * and its gradient with respect to (ln p, ln q, ln v):
 *   ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm+v)
 */
export const gammaGammaLogLikelihood = (customers: SpendHistories, params: GammaGammaParams) =>
  logLikelihood(repeatBuyers(customers), params);

function logLikelihood({ frequency, monetary, frequencies }: RepeatBuyers, { p, q, v }: GammaGammaParams) {
  const lnV = Math.log(v);
  const gammalnQ = gammaln(q);
  const digammaQ = digamma(q);
  // The special functions depend on x alone, and few distinct frequencies occur.
  const byFrequency = new Map(frequencies.map((x) => {
    const px = p * x;
    return [x, { gammaRatio: gammaln(px + q) - gammaln(px), digammaPxq: digamma(px + q), digammaRatio: digamma(px + q) - digamma(px), lnX: Math.log(x) }];
  }));
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dv = 0;
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const m = monetary[i]!;
    const f = byFrequency.get(x)!;
    const px = p * x;
    const lnM = Math.log(m);
    const lnTotal = Math.log(x * m + v);
    ll += f.gammaRatio - gammalnQ + q * lnV + (px - 1) * lnM + px * f.lnX - (px + q) * lnTotal;
    dp += x * (f.digammaRatio + lnM + f.lnX - lnTotal);
    dq += f.digammaPxq - digammaQ + lnV - lnTotal;
    dv += q / v - (px + q) / (x * m + v);
  }
  // Chain rule to log-parameters: ∂/∂ln θ = θ ∂/∂θ.
  return { logLikelihood: ll, gradient: [dp * p, dq * q, dv * v] };
}

/**
 * Maximum likelihood fit on the repeat buyers by L-BFGS over the log-parameters,
 * from ln θ = 0.1 as in `lifetimes`; `penalizer` as there: objective =
 * −mean log-likelihood + penalizer × (p² + q² + v²).
 */
export function fitGammaGamma(customers: SpendHistories, { penalizer = 0 }: { penalizer?: number } = {}): GammaGammaFit {
  const buyers = repeatBuyers(customers);
  const n = buyers.frequency.length;
  if (n === 0) throw new RangeError('Gamma-Gamma fit needs at least one repeat buyer with a positive mean spend');
  const toParams = ([p, q, v]: readonly number[]): GammaGammaParams => ({ p: Math.exp(p!), q: Math.exp(q!), v: Math.exp(v!) });

  const result = minimizeLbfgs(
    (logParams) => {
      const params = toParams(logParams);
      const values = [params.p, params.q, params.v];
      const { logLikelihood: ll, gradient } = logLikelihood(buyers, params);
      return {
        value: -ll / n + penalizer * values.reduce((s, x) => s + x * x, 0),
        gradient: gradient.map((g, i) => -g / n + 2 * penalizer * values[i]! ** 2),
      };
    },
    [0.1, 0.1, 0.1],
  );
  if (!result.converged) throw new Error(`Gamma-Gamma fit did not converge (${result.reason} after ${result.iterations} iterations); try a penalizer`);
  const params = toParams(result.x);
  return {
    params,
    logLikelihood: logLikelihood(buyers, params).logLikelihood,
    customers: n,
    iterations: result.iterations,
    evaluations: result.evaluations,
  };
}

/**
 * Expected mean spend per purchase given the history (note 025, eq. 5): a
 * weighted average of the population mean v·p/(q−1) and the customer's own mean
 * m, with weight px/(px+q−1) on m — so a one-time buyer gets the population mean,
 * and so does a repeat buyer whose mean spend is not positive: the fit left
 * them out, as their history says nothing the model can read about spend.
 * Needs q > 1 for the population mean to exist.
 */
export function expectedAverageSpend({ p, q, v }: GammaGammaParams, history: SpendHistory): number {
  const populationMean = (v * p) / (q - 1);
  if (!observesSpend(history)) return populationMean;
  const { frequency: x, monetary: m } = history;
  const individualWeight = (p * x) / (p * x + q - 1);
  return (1 - individualWeight) * populationMean + individualWeight * m;
}
