import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from './lbfgs';

describe('minimizeLbfgs', () => {
  it('finds the minimum of an ill-conditioned quadratic', () => {
    const scales = [1, 10, 100, 1000];
    const result = minimizeLbfgs((x) => ({
      value: x.reduce((s, xi, i) => s + scales[i]! * (xi - i) ** 2, 0),
      gradient: x.map((xi, i) => 2 * scales[i]! * (xi - i)),
    }), [5, 5, 5, 5]);
    expect(result.converged).toBe(true);
    result.x.forEach((xi, i) => expect(xi).toBeCloseTo(i, 6));
  });

  it('follows the Rosenbrock valley to (1, 1)', () => {
    const result = minimizeLbfgs(([x, y]) => ({
      value: (1 - x!) ** 2 + 100 * (y! - x! ** 2) ** 2,
      gradient: [-2 * (1 - x!) - 400 * x! * (y! - x! ** 2), 200 * (y! - x! ** 2)],
    }), [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.iterations).toBeLessThan(60);
  });

  it('backs off from steps where the objective is not finite', () => {
    // f = x − 0.1 ln x, least at 0.1: the first, unit-length step from 0.5 lands at −0.5, where ln is NaN.
    const result = minimizeLbfgs(([x]) => ({ value: x! - 0.1 * Math.log(x!), gradient: [1 - 0.1 / x!] }), [0.5]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(0.1, 6);
  });
});
