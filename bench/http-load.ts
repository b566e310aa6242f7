/** One autocannon run, reported as the benchmarks report load: throughput, latency, and everything that went wrong. */
import autocannon, { type Options, type Request } from 'autocannon';

export type LoadRequest = Request;

export async function measureLoad(options: Options) {
  const result = await autocannon(options);
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerAnswer: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}
export type LoadFigures = Awaited<ReturnType<typeof measureLoad>>;
