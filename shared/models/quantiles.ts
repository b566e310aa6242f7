/**
 * Quantile scoring that keeps ties together: a score is a function of the value
 * alone, so equal values always share a score (and a base with many equal values
 * may use fewer than all scores).
 */

/** The values at the 1/n, 2/n, … (n-1)/n quantiles of `values` (nearest rank). */
export function cutPoints(values: readonly number[], n: number): number[] {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
  return Array.from({ length: n - 1 }, (_, i) => sorted[Math.ceil(((i + 1) / n) * sorted.length) - 1]!);
}

/** 1 + how many cut points lie strictly below `value`: 1 (lowest) … cuts.length + 1. */
export function scoreByCuts(value: number, cuts: readonly number[]): number {
  let score = 1;
  for (const cut of cuts) if (value > cut) score++;
  return score;
}
