/**
 * BG/NBD ("beta-geometric / negative binomial distribution") model of repeat
 * purchasing: Fader, Hardie & Lee (2005), "Counting Your Customers the Easy
 * Way", Marketing Science 24(2). While alive a customer buys at Poisson rate
 * λ ~ Gamma(r, α); after each purchase they drop out with probability
 * p ~ Beta(a, b). Formulas follow the paper and the `lifetimes` library
 * (BetaGeoFitter), whose fitting conventions are kept so that results match.
 *
 * Inputs are customer summaries (see summary.ts): frequency x, recency t_x and
 * age T, all in one time unit (weeks for CDNOW).
 */
import betaln from '@stdlib/math-base-special-betaln';
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { hypergeometric2F1 } from './hypergeometric';
import { minimizeLbfgs } from './lbfgs';

/**
 * a = b = 0 stands for the model's limit without drop-out (a → 0), where it is
 * the NBD: everyone stays alive and buys at their Gamma-distributed rate. The
 * predictions below give that limit exactly; fitPurchaseModel (nbd.ts)
 * chooses it when the data shows no drop-out.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface PurchaseHistory {
  frequency: number;
  recency: number;
  T: number;
}

/** Many customers' histories as one array per field: how the fit reads them (a million objects would be most of its memory). */
export interface PurchaseColumns {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** Histories as a list, or as columns. */
export type PurchaseHistories = readonly PurchaseHistory[] | PurchaseColumns;

export const purchaseColumns = (h: PurchaseHistories): PurchaseColumns =>
  Array.isArray(h) ? { frequency: h.map((c) => c.frequency), recency: h.map((c) => c.recency), T: h.map((c) => c.T) } : h as PurchaseColumns;

export interface BgNbdFit {
  params: BgNbdParams;
  /** Total log-likelihood of the customers at `params` (no penalty). */
  logLikelihood: number;
  customers: number;
  iterations: number;
  evaluations: number;
}

export interface FitOptions {
  /** L2 penalty coefficient, as in `lifetimes`: objective = −mean log-likelihood + penalizer × Σ params². */
  penalizer?: number;
}

/** Histories with identical (x, t_x, T) contribute identical terms: the likelihood runs over distinct ones, weighted. */
export interface WeightedHistories {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Index of each row's frequency in `distinctFrequencies`, whose terms need the special functions. */
  frequencySlot: Int32Array;
  distinctFrequencies: number[];
}

export function weightHistories({ frequency, recency, T }: PurchaseColumns, timeScale: number): WeightedHistories {
  const count = frequency.length;
  for (let i = 0; i < count; i++) {
    const x = frequency[i]!;
    const tx = recency[i]!;
    const age = T[i]!;
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && tx <= age)) throw new RangeError(`Not a purchase history: frequency ${x}, recency ${tx}, T ${age}`);
  }
  // Sorted, equal histories stand together: each run of them becomes one weighted row (no key per customer to hold).
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((i, j) => frequency[i]! - frequency[j]! || recency[i]! - recency[j]! || T[i]! - T[j]!);
  const distinct: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    const last = distinct.length ? distinct[distinct.length - 1]! : -1;
    if (last >= 0 && frequency[i] === frequency[last] && recency[i] === recency[last] && T[i] === T[last]) {
      weights[weights.length - 1]!++;
    } else {
      distinct.push(i);
      weights.push(1);
    }
  }
  const n = distinct.length;
  const h: WeightedHistories = {
    frequency: new Float64Array(n), recency: new Float64Array(n), T: new Float64Array(n), weight: Float64Array.from(weights),
    frequencySlot: new Int32Array(n), distinctFrequencies: [],
  };
  const slotOf = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    const i = distinct[k]!;
    const x = frequency[i]!;
    let slot = slotOf.get(x);
    if (slot === undefined) slotOf.set(x, (slot = h.distinctFrequencies.push(x) - 1));
    h.frequency[k] = x;
    h.recency[k] = recency[i]! * timeScale;
    h.T[k] = T[i]! * timeScale;
    h.frequencySlot[k] = slot;
  }
  return h;
}

/**
 * Σ weight × log-likelihood (paper, eq. 6, in the log-sum-exp form of
 * `lifetimes`) and its gradient with respect to (ln r, ln α, ln a, ln b):
 *   ℓ = A₁ + A₂ + ln(e^A₃ + [x>0] e^A₄)
 *   A₁ = lnΓ(r+x) − lnΓ(r) + r ln α        A₂ = ln B(a, b+x) − ln B(a, b)
 *   A₃ = −(r+x) ln(α+T)                    A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x)
 */
function weightedLogLikelihood(h: WeightedHistories, { r, alpha, a, b }: BgNbdParams) {
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const betalnAB = betaln(a, b);
  const [digammaR, digammaB, digammaAB] = [digamma(r), digamma(b), digamma(a + b)];
  const byFrequency = h.distinctFrequencies.map((x) => ({
    gammaRatio: gammaln(r + x) - gammaln(r),
    dGammaRatioDr: digamma(r + x) - digammaR,
    betaRatio: betaln(a, b + x) - betalnAB,
    dBetaRatioDa: digammaAB - digamma(a + b + x),
    dBetaRatioDb: digamma(b + x) - digammaB + digammaAB - digamma(a + b + x),
    lnDropoutOdds: x > 0 ? lnA - Math.log(b + x - 1) : 0,
  }));

  let ll = 0;
  let [dr, dAlpha, da, db] = [0, 0, 0, 0];
  for (let i = 0; i < h.weight.length; i++) {
    const x = h.frequency[i]!;
    const w = h.weight[i]!;
    const f = byFrequency[h.frequencySlot[i]!]!;
    const lnAlphaT = Math.log(alpha + h.T[i]!);
    const A3 = -(r + x) * lnAlphaT;
    let logSum = A3;
    // Shares of e^A₃ and e^A₄ in their sum: the gradient of the log-sum-exp.
    let share3 = 1;
    let share4 = 0;
    let lnAlphaTx = 0;
    if (x > 0) {
      lnAlphaTx = Math.log(alpha + h.recency[i]!);
      const A4 = f.lnDropoutOdds - (r + x) * lnAlphaTx;
      const top = Math.max(A3, A4);
      const e3 = Math.exp(A3 - top);
      const e4 = Math.exp(A4 - top);
      logSum = top + Math.log(e3 + e4);
      share3 = e3 / (e3 + e4);
      share4 = e4 / (e3 + e4);
    }
    ll += w * (f.gammaRatio + r * lnAlpha + f.betaRatio + logSum);
    dr += w * (f.dGammaRatioDr + lnAlpha - share3 * lnAlphaT - share4 * lnAlphaTx);
    dAlpha += w * (r / alpha - (r + x) * (share3 / (alpha + h.T[i]!) + share4 / (alpha + h.recency[i]!)));
    da += w * (f.dBetaRatioDa + share4 / a);
    db += w * (f.dBetaRatioDb - (x > 0 ? share4 / (b + x - 1) : 0)); // b − 1 may be 0 when x = 0
  }
  // Chain rule to log-parameters: ∂/∂ln θ = θ ∂/∂θ.
  return { logLikelihood: ll, gradient: [dr * r, dAlpha * alpha, da * a, db * b] };
}

/** Total log-likelihood of `customers` at `params` and its gradient in (ln r, ln α, ln a, ln b). */
export function bgNbdLogLikelihood(customers: PurchaseHistories, params: BgNbdParams) {
  return weightedLogLikelihood(weightHistories(purchaseColumns(customers), 1), params);
}

/** The time unit the fits run in: the oldest customer's T is 1. */
export function fitTimeScale({ T }: PurchaseColumns): number {
  let oldest = 0;
  for (let i = 0; i < T.length; i++) oldest = Math.max(oldest, T[i]!);
  if (!(oldest > 0)) throw new RangeError('A purchase model fit needs at least one customer with T > 0');
  return 1 / oldest;
}

/**
 * Maximum likelihood fit by L-BFGS over the log-parameters, from ln θ = 0.1 as in
 * `lifetimes`. Like `lifetimes`, time is rescaled during the fit so that the
 * oldest customer's T is 1 (α is fitted in that unit and converted back): the
 * problem is better conditioned, and a penalizer acts on the same α as there.
 */
export function fitBgNbd(customers: PurchaseHistories, { penalizer = 0 }: FitOptions = {}): BgNbdFit {
  const columns = purchaseColumns(customers);
  const timeScale = fitTimeScale(columns);
  const histories = weightHistories(columns, timeScale);
  const n = columns.frequency.length;
  const toParams = ([r, alpha, a, b]: readonly number[]): BgNbdParams => ({ r: Math.exp(r!), alpha: Math.exp(alpha!), a: Math.exp(a!), b: Math.exp(b!) });

  const result = minimizeLbfgs(
    (logParams) => {
      const params = toParams(logParams);
      const values = [params.r, params.alpha, params.a, params.b];
      const { logLikelihood, gradient } = weightedLogLikelihood(histories, params);
      return {
        value: -logLikelihood / n + penalizer * values.reduce((s, p) => s + p * p, 0),
        gradient: gradient.map((g, i) => -g / n + 2 * penalizer * values[i]! ** 2),
      };
    },
    [0.1, 0.1, 0.1, 0.1],
  );
  if (!result.converged) throw new Error(`BG/NBD fit did not converge (${result.reason} after ${result.iterations} iterations); try a penalizer`);
  const scaled = toParams(result.x);
  const params = { ...scaled, alpha: scaled.alpha / timeScale };
  // The likelihood in the rescaled time differs from the original's only by the unit of the purchase rate:
  // each of a customer's x repeat purchases contributes ln(timeScale) more (α and T scale together).
  const repeats = histories.frequency.reduce((sum, x, i) => sum + x * histories.weight[i]!, 0);
  return {
    params,
    logLikelihood: weightedLogLikelihood(histories, scaled).logLikelihood + repeats * Math.log(timeScale),
    customers: n,
    iterations: result.iterations,
    evaluations: result.evaluations,
  };
}

/**
 * Probability that the customer is still alive at T (Fader, Hardie & Lee, note 021):
 * 1 / (1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x)). A customer with no repeat
 * purchase cannot have dropped out yet under the model, so gets 1.
 */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency, T }: PurchaseHistory): number {
  if (x === 0 || a === 0) return 1;
  const logOdds = (r + x) * Math.log((alpha + T) / (alpha + recency)) + Math.log(a / (b + x - 1));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * (a+b+n−1)/(a−1) × (1 − ₂F₁(r+n, b+n; a+b+n−1; z) (1−z)^(r+n)), z = t/(β+t):
 * the expression shared by the paper's eq. 9 (n = 0, β = α) and eq. 10
 * (n = x, β = α+T). The power joins ₂F₁ as a log factor: ₂F₁ alone can overflow.
 */
function expectedPurchasesFactor({ r, a, b }: BgNbdParams, n: number, beta: number, t: number): number {
  const z = t / (beta + t);
  const hypergeometricTimesPower = hypergeometric2F1(r + n, b + n, a + b + n - 1, z, (r + n) * Math.log1p(-z));
  return ((a + b + n - 1) / (a - 1)) * (1 - hypergeometricTimesPower);
}

/**
 * Expected purchases in the next t periods by a customer with this history
 * (paper, eq. 10); without drop-out, the rate expected given the history,
 * (r+x)/(α+T), times t.
 */
export function expectedPurchases(params: BgNbdParams, history: PurchaseHistory, t: number): number {
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, T } = history;
  if (a === 0) return ((r + x) / (alpha + T)) * t;
  const dropoutTerm = x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + recency)) ** (r + x) : 0;
  return expectedPurchasesFactor(params, x, alpha + T, t) / (1 + dropoutTerm);
}

/** Expected repeat purchases in the first t periods of a new customer (paper, eq. 9; without drop-out, r/α × t). */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  return params.a === 0 ? (params.r / params.alpha) * t : expectedPurchasesFactor(params, 0, params.alpha, t);
}

/**
 * Probability of no purchase in the next t periods. Under BG/NBD a customer
 * drops out only right after a purchase, so: dead (1 − P(alive)), or alive and
 * no Poisson purchase in t, which with λ ~ Gamma(r+x, α+T) given the history
 * has probability ((α+T)/(α+T+t))^(r+x).
 */
export function probabilityNoPurchase(params: BgNbdParams, history: PurchaseHistory, t: number): number {
  const { r, alpha } = params;
  const { frequency: x, T } = history;
  const noPurchaseIfAlive = Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
  return 1 - probabilityAlive(params, history) * (1 - noPurchaseIfAlive);
}
