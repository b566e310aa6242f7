/**
 * Fit time of the lifetime value models (BG/NBD; Gamma-Gamma on the repeat
 * buyers) against scipy, both measured in this run on the same summary: the
 * CDNOW sample (2,357 customers) and, as a larger case, the whole cohort in
 * CDNOW_master.txt (23,570), calibration ending 1997-09-30.
 *
 * Baseline: bench/clv_reference.py, lifetimes' log-likelihoods fitted with
 * scipy.optimize.minimize(method='L-BFGS-B') and an analytic gradient, with
 * our stopping rules, so both should find the same parameters (compared
 * below); on one thread, as ours is. Ours (bench/clv-fit.ts) and it each run in a fresh process of their
 * own and report alike: the first fit of each model (fit only), then the
 * median of 21 fits after 3 more (warm). Beside them, from spawning the
 * process to both first fits done: start-up, imports (for ours, tsx compiling
 * TypeScript too), reading the summary and the fits. Ratios are ours ÷
 * scipy's fit times, first and warm. Target: both fits no slower than
 * scipy's, the first fit included.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CDNOW_CALIBRATION_END, loadCdnowMaster, loadCdnowSample } from '../scripts/lib/lifetime-reference';
import type { Transaction } from '../shared/models/clv/summary';
import { summarizeCustomers } from '../shared/models/clv/summary';
import { scipyPython } from './scipy-python';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 21;
const TARGET_RATIO = 1;
/** Parameters found by both fits agree when no two differ by more than this, relatively. */
const AGREEMENT = 1e-4;

/**
 * Ours runs on one thread. So does the reference: on a busy machine,
 * OpenBLAS's threads only slow scipy's L-BFGS-B on 3–4 parameters (six times
 * on a loaded 2-core machine).
 */
const SINGLE_THREADED = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

const COHORTS: Record<string, () => Transaction[]> = {
  'CDNOW sample': loadCdnowSample,
  'CDNOW master (whole cohort)': loadCdnowMaster,
};

type Models = { bgnbd: number; gg: number };
type Found = { params: Record<string, number>; logLikelihood: number; iterations: number };
type FitProcess = { processMs: number; firstFitMs: Models; warmFitMs: Models; fits: { bgnbd: Found; gg: Found }; importMs?: number };

/** Runs one fitting process on `input`, timing it from the spawn to its first line (both first fits done). */
async function runFitProcess(command: string, args: string[], input: string, env: NodeJS.ProcessEnv = process.env): Promise<FitProcess> {
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], env });
  child.stdin.end(input);
  const answers: object[] = [];
  let processMs = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (answers.length === 0) processMs = performance.now() - start;
    answers.push(JSON.parse(line) as object);
  }
  const code = child.exitCode ?? (await once(child, 'exit'))[0];
  if (code !== 0 || answers.length !== 2) throw new Error(`${command} ${args.join(' ')} failed (exit code ${code})`);
  return Object.assign({ processMs }, ...answers) as FitProcess;
}

const round = (ms: number) => +ms.toFixed(2);
const roundModels = ({ bgnbd, gg }: Models) => ({ bgnbd: round(bgnbd), gg: round(gg) });
const ratios = (ours: Models, theirs: Models) => ({ bgnbd: +(ours.bgnbd / theirs.bgnbd).toFixed(2), gg: +(ours.gg / theirs.gg).toFixed(2) });

/** The largest relative difference between the parameters both found. */
function parameterDifference(ours: FitProcess['fits'], theirs: FitProcess['fits']): number {
  return Math.max(...(['bgnbd', 'gg'] as const).flatMap((model) => Object.entries(ours[model].params)
    .map(([name, value]) => Math.abs(value - theirs[model].params[name]!) / Math.abs(value))));
}

export async function benchClv() {
  const python = scipyPython();
  const results = [];
  for (const [cohort, load] of Object.entries(COHORTS)) {
    const customers = summarizeCustomers(load(), CDNOW_CALIBRATION_END);
    const input = JSON.stringify({
      warmup: WARMUP_RUNS,
      runs: TIMED_RUNS,
      ...Object.fromEntries((['frequency', 'recency', 'T', 'monetary'] as const).map((k) => [k, customers.map((c) => c[k])])),
    });
    const ours = await runFitProcess(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'clv-fit.ts')], input);
    const common = { cohort, customers: customers.length, iterations: { bgnbd: ours.fits.bgnbd.iterations, gg: ours.fits.gg.iterations }, runs: TIMED_RUNS };
    if (!python) {
      results.push({ ...common, ours: figuresOf(ours), baseline: 'unavailable: no Python with scipy here, and none could be installed', ratio: null });
      continue;
    }
    const scipy = await runFitProcess(python, [join(import.meta.dirname, 'clv_reference.py')], input, SINGLE_THREADED);
    const difference = parameterDifference(ours.fits, scipy.fits);
    const ratio = { firstFit: ratios(ours.firstFitMs, scipy.firstFitMs), warmFit: ratios(ours.warmFitMs, scipy.warmFitMs) };
    results.push({
      ...common,
      baseline: `scipy.optimize.minimize(method='L-BFGS-B') in ${python} (bench/clv_reference.py: lifetimes' log-likelihoods computed as ours are, our stopping rules), one thread, fresh process, same summary`,
      ours: figuresOf(ours),
      scipy: { ...figuresOf(scipy), importMs: Math.round(scipy.importMs ?? 0) },
      ratio,
      ratioOf: 'fit times only (first fit in a fresh process; warm: median after warm-up), ours ÷ scipy',
      params: { ours: paramsOf(ours.fits), scipy: paramsOf(scipy.fits), maxRelativeDifference: +difference.toExponential(1), agree: difference <= AGREEMENT },
      target: `BG/NBD and Gamma-Gamma fits ≤ ${TARGET_RATIO}× scipy's, first and warm`,
      met: [ratio.firstFit, ratio.warmFit].every(({ bgnbd, gg }) => bgnbd <= TARGET_RATIO && gg <= TARGET_RATIO),
    });
  }
  return results;
}

/** A process's fit times, and the time from its spawn to both first fits done. */
function figuresOf(run: FitProcess) {
  return { firstFitMs: roundModels(run.firstFitMs), warmFitMs: roundModels(run.warmFitMs), processMs: Math.round(run.processMs) };
}

/** Parameters to 4 significant digits, with the log-likelihood. */
function paramsOf(fits: FitProcess['fits']) {
  return Object.fromEntries(Object.entries(fits).map(([model, { params, logLikelihood }]) => [
    model,
    { ...Object.fromEntries(Object.entries(params).map(([name, value]) => [name, +value.toPrecision(4)])), ll: +logLikelihood.toFixed(2) },
  ]));
}
