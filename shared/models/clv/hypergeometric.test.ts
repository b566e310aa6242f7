import { describe, expect, it } from 'vitest';
import { hypergeometric2F1 } from './hypergeometric';

describe('hypergeometric2F1', () => {
  it('matches closed forms', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
      const s = Math.sqrt(z);
      expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 12);
      expect(hypergeometric2F1(0.3, 2.5, 2.5, z)).toBeCloseTo((1 - z) ** -0.3, 12);
      expect(hypergeometric2F1(0.5, 0.5, 1.5, z)).toBeCloseTo(z === 0 ? 1 : Math.asin(s) / s, 12);
      expect(hypergeometric2F1(0.5, 1, 1.5, z)).toBeCloseTo(z === 0 ? 1 : Math.atanh(s) / s, 12);
    }
  });

  it('matches scipy.special.hyp2f1', () => {
    const cases: [number, number, number, number, number][] = [
      [0.7, 3.2, 1.9, 0.45, 2.1534553414676205],
      [2.5, 0.5, 4, 0.99, 1.9502357783389095],
      [50.2, 52.4, 53.2, 0.47, 42675367779338.46],
      // c < 0: the BG/NBD's a + b − 1 when a fit gives a + b < 1.
      [0.3, 0.4, -0.5, 0.6, 0.36938811709553626],
      [0.3, 0.4, -2.5, 0.6, -0.043653694030658934],
      [1.5, 0.7, -0.2, 0.95, -7876.294962620863],
    ];
    for (const [a, b, c, z, expected] of cases) expect(hypergeometric2F1(a, b, c, z) / expected).toBeCloseTo(1, 11);
  });

  it('applies the log factor before overflowing', () => {
    // ₂F₁(a, b; b; z) = (1 − z)^−a: e^1151 here, past the largest double; times (1 − z)^a it is 1.
    expect(hypergeometric2F1(500, 3, 3, 0.9)).toBe(Infinity);
    expect(hypergeometric2F1(500, 3, 3, 0.9, 500 * Math.log(0.1))).toBeCloseTo(1, 9);
  });

  it('rejects arguments outside the series case', () => {
    expect(() => hypergeometric2F1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hypergeometric2F1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});
