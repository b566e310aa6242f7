/**
 * Ours, for bench/clv.bench.ts, in a process of its own as the scipy
 * reference is (bench/clv_reference.py), speaking as it does: reads
 * {warmup, runs, frequency, recency, T, monetary} as JSON on stdin, writes
 * one JSON line once each model has been fitted once (the first fits, in
 * milliseconds), then one with the median of `runs` fits after `warmup`
 * more, and what the fits found.
 */
import { fitBgNbd } from '../shared/models/clv/bgnbd';
import { fitGammaGamma } from '../shared/models/clv/gamma-gamma';

type Input = { warmup: number; runs: number; frequency: number[]; recency: number[]; T: number[]; monetary: number[] };
type Found = { params: object; logLikelihood: number; iterations: number };

function timedMs<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

let text = '';
for await (const chunk of process.stdin) text += chunk;
const input = JSON.parse(text) as Input;
const fits: Record<string, () => Found> = {
  bgnbd: () => fitBgNbd(input),
  gg: () => fitGammaGamma(input),
};

const firstFitMs = Object.fromEntries(Object.entries(fits).map(([name, run]) => [name, timedMs(run)[0]]));
console.log(JSON.stringify({ firstFitMs }));

const warmFitMs: Record<string, number> = {};
const found: Record<string, Found> = {};
for (const [name, run] of Object.entries(fits)) {
  for (let i = 0; i < input.warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < input.runs; i++) {
    const [elapsed, { params, logLikelihood, iterations }] = timedMs(run);
    times.push(elapsed);
    found[name] = { params, logLikelihood, iterations };
  }
  warmFitMs[name] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
console.log(JSON.stringify({ warmFitMs, fits: found }));
