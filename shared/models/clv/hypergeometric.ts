/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) times a factor e^logFactor,
 * from its series Σ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ, for a, b > 0, c not 0, −1, −2, …
 * and 0 ≤ z < 1 — the BG/NBD expectations, where z = t / (α + T + t) and
 * c = a + b + x − 1 is negative when a fit gives a + b < 1.
 *
 * Numerically safe summation:
 * - each term comes from the last by the ratio (a+k)(b+k) z / ((c+k)(k+1)),
 *   never from factorials or powers; with c > 0 all terms are positive, so
 *   nothing cancels (with c < 0 only the first terms change sign);
 * - with large a and b (a frequent buyer) the terms grow far past 1e308 before
 *   they shrink, so the running sum is rescaled and its scale kept as a log,
 *   which the factor joins before the one final exp: ₂F₁ · (1 − z)^(r+x) is
 *   finite even where ₂F₁ alone is not;
 * - it stops when the tail, bounded by a geometric series with the current
 *   ratio (or z, the ratios' limit, if larger), is below double precision.
 */

const RESCALE_ABOVE = 1e250;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);
const MAX_TERMS = 10_000_000;

export function hypergeometric2F1(a: number, b: number, c: number, z: number, logFactor = 0): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`₂F₁ series here needs a, b > 0 (got ${a}, ${b})`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`₂F₁ has a pole at c = ${c}`);
  if (!(z >= 0 && z < 1)) throw new RangeError(`₂F₁ series needs 0 ≤ z < 1 (got ${z})`);
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    if (Math.max(Math.abs(sum), Math.abs(term)) > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      logScale += LOG_RESCALE;
    }
    const tailRatio = Math.max(Math.abs(ratio), z);
    if (tailRatio < 1 && (Math.abs(term) * tailRatio) / (1 - tailRatio) <= Number.EPSILON * Math.abs(sum)) {
      return sum * Math.exp(logScale + logFactor);
    }
  }
  throw new RangeError(`₂F₁(${a}, ${b}; ${c}; ${z}) series did not converge in ${MAX_TERMS} terms`);
}
