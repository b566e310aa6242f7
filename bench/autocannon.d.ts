/** The part of autocannon's programmatic API the benchmarks use: the package ships no types. */
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number; total: number };
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (request: Request) => Request };
  export type Options = {
    url: string;
    connections: number;
    /** Seconds. */
    duration: number;
    warmup?: { connections: number; duration: number };
    requests: Request[];
  };
  type Result = {
    requests: Histogram;
    /** Milliseconds. */
    latency: Histogram;
    /** Bytes received, headers included. */
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
