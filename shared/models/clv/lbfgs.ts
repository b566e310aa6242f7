/**
 * A small L-BFGS minimiser with a strong-Wolfe line search (Nocedal & Wright,
 * Numerical Optimization, 2nd ed.: Algorithm 7.4 for the two-loop recursion,
 * Algorithms 3.5 and 3.6 with cubic interpolation for the line search).
 *
 * Why our own: no npm package fits. `optimization-js`'s minimize_L_BFGS has no
 * line search (a fixed step grown or halved by a heuristic) and ships its build
 * tools (browserify, jsdoc, travis) as runtime dependencies; `fmin` offers
 * Nelder-Mead, gradient descent and conjugate gradient but no quasi-Newton
 * method; `numeric`'s `uncmin` is an untyped dense BFGS in a library without a
 * release since 1.2.6. The models here have 3–4 parameters, so this stays
 * short, dependency-free and runs in the browser as well as in Node.
 */

export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

export type Objective = (x: readonly number[]) => ValueAndGradient;

export interface MinimizeOptions {
  /** Stop when every gradient component is at most this in absolute value. */
  gradientTolerance?: number;
  /** Stop when an iteration lowers the value by at most this, relative to max(|f|, 1). */
  valueTolerance?: number;
  maxIterations?: number;
  /** How many recent steps approximate the inverse Hessian. */
  memory?: number;
}

export interface MinimizeResult extends ValueAndGradient {
  x: number[];
  iterations: number;
  /** Objective evaluations, line searches included. */
  evaluations: number;
  converged: boolean;
  /** gradient, value: the tolerances were met; flat: no measurable decrease left (see minimizeLbfgs). */
  reason: 'gradient' | 'value' | 'flat' | 'max-iterations' | 'line-search';
}

const ARMIJO_C1 = 1e-4;
const CURVATURE_C2 = 0.9;
const MAX_LINE_SEARCH_STEPS = 30;

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((sum, ui, i) => sum + ui * v[i]!, 0);
const axpy = (x: readonly number[], step: number, d: readonly number[]) => x.map((xi, i) => xi + step * d[i]!);
const maxAbs = (v: readonly number[]) => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);

/** The L-BFGS search direction −H·g from the stored steps s and gradient changes y (oldest first). */
function searchDirection(gradient: readonly number[], steps: readonly number[][], changes: readonly number[][]): number[] {
  const q = [...gradient];
  const alphas: number[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const rho = 1 / dot(changes[i]!, steps[i]!);
    const alpha = rho * dot(steps[i]!, q);
    alphas[i] = alpha;
    for (let j = 0; j < q.length; j++) q[j]! -= alpha * changes[i]![j]!;
  }
  const newest = steps.length - 1;
  // Initial inverse Hessian γI with γ = sᵀy / yᵀy: the step comes out well scaled, so step length 1 is usually accepted.
  const gamma = newest >= 0 ? dot(steps[newest]!, changes[newest]!) / dot(changes[newest]!, changes[newest]!) : 1;
  const r = q.map((qi) => gamma * qi);
  for (let i = 0; i < steps.length; i++) {
    const rho = 1 / dot(changes[i]!, steps[i]!);
    const beta = rho * dot(changes[i]!, r);
    for (let j = 0; j < r.length; j++) r[j]! += steps[i]![j]! * (alphas[i]! - beta);
  }
  return r.map((ri) => -ri);
}

interface LinePoint extends ValueAndGradient {
  step: number;
  x: number[];
  /** Directional derivative at this point. */
  slope: number;
}

/** Minimiser of the cubic through two points with their slopes, kept inside [lo, hi] away from the ends; bisection otherwise. */
function cubicStep(a: LinePoint, b: LinePoint): number {
  const lo = Math.min(a.step, b.step);
  const hi = Math.max(a.step, b.step);
  const d1 = a.slope + b.slope - (3 * (a.value - b.value)) / (a.step - b.step);
  const discriminant = d1 * d1 - a.slope * b.slope;
  if (discriminant >= 0) {
    const d2 = Math.sign(b.step - a.step) * Math.sqrt(discriminant);
    const step = b.step - ((b.step - a.step) * (b.slope + d2 - d1)) / (b.slope - a.slope + 2 * d2);
    const margin = 0.1 * (hi - lo);
    if (step >= lo + margin && step <= hi - margin) return step;
  }
  return (lo + hi) / 2;
}

/**
 * A step along `direction` meeting the strong Wolfe conditions (sufficient
 * decrease, and a slope shrunk to at most c2 of the initial one), or null.
 * A non-finite value counts as "too far", so the search backs off from
 * parameters where the objective overflows.
 */
function strongWolfeStep(objective: Objective, origin: LinePoint, direction: readonly number[], firstStep: number): LinePoint | null {
  const evaluate = (step: number): LinePoint => {
    const x = axpy(origin.x, step, direction);
    const { value, gradient } = objective(x);
    return { step, x, value, gradient, slope: dot(gradient, direction) };
  };
  const sufficientDecrease = (p: LinePoint) => p.value <= origin.value + ARMIJO_C1 * p.step * origin.slope;
  const slopeSmallEnough = (p: LinePoint) => Math.abs(p.slope) <= -CURVATURE_C2 * origin.slope;

  const zoom = (lo: LinePoint, hi: LinePoint, budget: number): LinePoint | null => {
    for (let i = 0; i < budget; i++) {
      const p = evaluate(cubicStep(lo, hi));
      if (!sufficientDecrease(p) || p.value >= lo.value) hi = p;
      else {
        if (slopeSmallEnough(p)) return p;
        if (p.slope * (hi.step - lo.step) >= 0) hi = lo;
        lo = p;
      }
    }
    return null;
  };

  let previous = origin;
  let step = firstStep;
  for (let i = 0; i < MAX_LINE_SEARCH_STEPS; i++) {
    const p = evaluate(step);
    if (!Number.isFinite(p.value) || !p.gradient.every(Number.isFinite)) {
      step = (previous.step + step) / 2;
      continue;
    }
    if (!sufficientDecrease(p) || (i > 0 && p.value >= previous.value)) return zoom(previous, p, MAX_LINE_SEARCH_STEPS - i);
    if (slopeSmallEnough(p)) return p;
    if (p.slope >= 0) return zoom(p, previous, MAX_LINE_SEARCH_STEPS - i);
    previous = p;
    step *= 2;
  }
  return null;
}

export function minimizeLbfgs(objective: Objective, x0: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const { gradientTolerance = 1e-8, valueTolerance = 1e-14, maxIterations = 200, memory = 10 } = options;
  let evaluations = 0;
  const counted: Objective = (x) => {
    evaluations++;
    return objective(x);
  };
  const first = counted(x0);
  let current: LinePoint = { step: 0, x: [...x0], ...first, slope: 0 };
  const steps: number[][] = [];
  const changes: number[][] = [];
  const finish = (iterations: number, reason: MinimizeResult['reason']): MinimizeResult => ({
    x: current.x,
    value: current.value,
    gradient: current.gradient,
    iterations,
    evaluations,
    converged: reason === 'gradient' || reason === 'value' || reason === 'flat',
    reason,
  });

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(current.gradient) <= gradientTolerance) return finish(iteration, 'gradient');
    let direction = searchDirection(current.gradient, steps, changes);
    let slope = dot(current.gradient, direction);
    if (!(slope < 0)) {
      // The curvature pairs no longer describe a descent direction: start over from steepest descent.
      steps.length = 0;
      changes.length = 0;
      direction = current.gradient.map((g) => -g);
      slope = dot(current.gradient, direction);
    }
    // Without curvature history the direction is the raw gradient; cap the first step at unit length.
    const firstStep = steps.length === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    const next = strongWolfeStep(counted, { ...current, step: 0, slope }, direction, firstStep);
    if (!next) {
      // No step lowers f by more than its round-off. When the full step promised no measurable gain either
      // (a flat valley floor, or parameters drifting to a boundary where f levels off), that is convergence.
      const flat = -slope <= Math.sqrt(Number.EPSILON) * Math.max(Math.abs(current.value), 1);
      return finish(iteration, flat ? 'flat' : 'line-search');
    }

    const s = next.x.map((xi, i) => xi - current.x[i]!);
    const y = next.gradient.map((gi, i) => gi - current.gradient[i]!);
    // The Wolfe curvature condition makes sᵀy > 0; the check guards against round-off.
    if (dot(s, y) > 1e-12 * dot(y, y)) {
      steps.push(s);
      changes.push(y);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    const decrease = current.value - next.value;
    current = next;
    if (decrease <= valueTolerance * Math.max(Math.abs(current.value), 1)) return finish(iteration + 1, 'value');
  }
  return finish(maxIterations, 'max-iterations');
}
