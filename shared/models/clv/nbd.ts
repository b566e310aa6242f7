/**
 * The NBD model of repeat purchasing (Ehrenberg 1959): customers buy at Poisson
 * rate λ ~ Gamma(r, α) and never drop out. It is BG/NBD's limit as a → 0, so
 * it is the model to use when the data shows no drop-out: there BG/NBD's fit
 * runs off to that boundary (a → 0 with b anywhere, e.g. a = 6e-6 and
 * b = 6,564) and its formulas lose their precision, while the NBD's are exact.
 *
 * fitPurchaseModel fits both and keeps BG/NBD only when its drop-out explains
 * the data better than chance would: a likelihood-ratio test at 5 %.
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import {
  fitBgNbd, fitTimeScale, purchaseColumns, weightHistories,
  type BgNbdParams, type FitOptions, type PurchaseHistories, type WeightedHistories,
} from './bgnbd';
import { minimizeLbfgs } from './lbfgs';

/**
 * 2 × the gain in log-likelihood that BG/NBD's drop-out must bring: the 95th
 * percentile of ½χ²₀ + ½χ²₁, the likelihood ratio's distribution when the
 * nested model lies on the boundary of the larger one (Self & Liang 1987).
 */
const DROPOUT_CRITICAL_VALUE = 2.7055;

/**
 * Σ weight × log-likelihood of the NBD, in the terms of BG/NBD's (so the two
 * compare), and its gradient in (ln r, ln α):
 *   ℓ = lnΓ(r+x) − lnΓ(r) + r ln α − (r+x) ln(α+T)
 */
function weightedLogLikelihood(h: WeightedHistories, r: number, alpha: number) {
  const lnAlpha = Math.log(alpha);
  const [gammalnR, digammaR] = [gammaln(r), digamma(r)];
  const byFrequency = h.distinctFrequencies.map((x) => ({ gammaRatio: gammaln(r + x) - gammalnR, dGammaRatioDr: digamma(r + x) - digammaR }));
  let [ll, dr, dAlpha] = [0, 0, 0];
  for (let i = 0; i < h.weight.length; i++) {
    const x = h.frequency[i]!;
    const w = h.weight[i]!;
    const f = byFrequency[h.frequencySlot[i]!]!;
    const lnAlphaT = Math.log(alpha + h.T[i]!);
    ll += w * (f.gammaRatio + r * lnAlpha - (r + x) * lnAlphaT);
    dr += w * (f.dGammaRatioDr + lnAlpha - lnAlphaT);
    dAlpha += w * (r / alpha - (r + x) / (alpha + h.T[i]!));
  }
  return { logLikelihood: ll, gradient: [dr * r, dAlpha * alpha] };
}

export type NbdFit = { params: { r: number; alpha: number }; logLikelihood: number };

/** Maximum likelihood fit of the NBD, as fitBgNbd fits BG/NBD (L-BFGS over log-parameters, time rescaled, the same penalizer). */
export function fitNbd(customers: PurchaseHistories, { penalizer = 0 }: FitOptions = {}): NbdFit {
  const columns = purchaseColumns(customers);
  const timeScale = fitTimeScale(columns);
  const histories = weightHistories(columns, timeScale);
  const n = columns.frequency.length;
  const result = minimizeLbfgs(([lnR, lnAlpha]) => {
    const [r, alpha] = [Math.exp(lnR!), Math.exp(lnAlpha!)];
    const { logLikelihood, gradient } = weightedLogLikelihood(histories, r, alpha);
    return {
      value: -logLikelihood / n + penalizer * (r * r + alpha * alpha),
      gradient: [-gradient[0]! / n + 2 * penalizer * r * r, -gradient[1]! / n + 2 * penalizer * alpha * alpha],
    };
  }, [0.1, 0.1]);
  if (!result.converged) throw new Error(`NBD fit did not converge (${result.reason} after ${result.iterations} iterations); try a penalizer`);
  const [r, scaledAlpha] = result.x.map(Math.exp) as [number, number];
  // As for BG/NBD: in the original time unit each repeat purchase adds ln(timeScale).
  const repeats = histories.frequency.reduce((sum, x, i) => sum + x * histories.weight[i]!, 0);
  return {
    params: { r, alpha: scaledAlpha / timeScale },
    logLikelihood: weightedLogLikelihood(histories, r, scaledAlpha).logLikelihood + repeats * Math.log(timeScale),
  };
}

export type PurchaseModel = {
  /** BG/NBD's parameters, or the NBD's as its limit without drop-out (a = b = 0). */
  params: BgNbdParams;
  /** Whether the purchases show drop-out; false when the NBD was kept. */
  dropout: boolean;
  /** 2 × (BG/NBD's log-likelihood − the NBD's): the evidence for drop-out. */
  likelihoodRatio: number;
  logLikelihood: number;
};

/** BG/NBD, or the NBD when BG/NBD's drop-out does not explain the purchases better than chance. */
export function fitPurchaseModel(customers: PurchaseHistories, options: FitOptions = {}): PurchaseModel {
  const columns = purchaseColumns(customers);
  const nbd = fitNbd(columns, options);
  const bgnbd = fitBgNbd(columns, options);
  const likelihoodRatio = Math.max(0, 2 * (bgnbd.logLikelihood - nbd.logLikelihood));
  return likelihoodRatio > DROPOUT_CRITICAL_VALUE
    ? { params: bgnbd.params, dropout: true, likelihoodRatio, logLikelihood: bgnbd.logLikelihood }
    : { params: { ...nbd.params, a: 0, b: 0 }, dropout: false, likelihoodRatio, logLikelihood: nbd.logLikelihood };
}
