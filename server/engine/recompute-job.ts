/**
 * The full recompute as a job: one at a time, started on demand or on a
 * schedule, with progress anyone may read while it runs.
 */
import type { Engine } from './recompute';

export type JobState = {
  id: number;
  state: 'running' | 'done' | 'failed';
  reason: string;
  startedAt: string;
  finishedAt: string | null;
  done: number;
  total: number;
  error: string | null;
};

export function createRecomputeJobs(engine: Engine) {
  let last: JobState | null = null;
  let running: Promise<void> | null = null;
  let nextId = 1;

  return {
    /** Starts a full recompute unless one is running; either way answers the job that is. */
    start(reason: string): JobState {
      if (running && last) return last;
      const job: JobState = { id: nextId++, state: 'running', reason, startedAt: new Date().toISOString(), finishedAt: null, done: 0, total: 0, error: null };
      last = job;
      running = engine.recomputeAll(new Date(), (done, total) => Object.assign(job, { done, total }))
        .then(() => { job.state = 'done'; }, (error: unknown) => { job.state = 'failed'; job.error = String(error); console.error('Recompute failed', error); })
        .finally(() => { job.finishedAt = new Date().toISOString(); running = null; });
      return job;
    },
    current: (): JobState | null => last,
    /** Resolves when the running job (if any) ends: for tests and shutdown. */
    settled: () => running ?? Promise.resolve(),
  };
}
export type RecomputeJobs = ReturnType<typeof createRecomputeJobs>;
