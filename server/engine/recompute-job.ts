/**
 * The full recompute as a job: one at a time, started on demand or on a
 * schedule, with progress anyone may read while it runs. Each run is recorded
 * in the database, so that one cut short (the process killed) is found and
 * run again when the server next starts.
 */
import type { Repositories } from '../db/repositories';
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

export function createRecomputeJobs(engine: Engine, runs: Repositories['recomputeRuns']) {
  let last: JobState | null = null;
  let running: Promise<void> | null = null;
  let nextId = 1;

  return {
    /** Starts a full recompute unless one is running; either way answers the job that is. */
    start(reason: string): JobState {
      if (running && last) return last;
      const job: JobState = { id: nextId++, state: 'running', reason, startedAt: new Date().toISOString(), finishedAt: null, done: 0, total: 0, error: null };
      last = job;
      running = (async () => {
        let run: number | null = null;
        try {
          run = await runs.begin(reason, job.startedAt);
          await engine.recomputeAll(new Date(), (done, total) => Object.assign(job, { done, total }));
          job.state = 'done';
        } catch (error) {
          job.state = 'failed';
          job.error = String(error);
          console.error('Recompute failed', error);
        }
        job.finishedAt = new Date().toISOString();
        if (run !== null) await runs.finish(run, job.state, job.finishedAt).catch((error: unknown) => console.error('Recompute not recorded', error));
      })().finally(() => { running = null; });
      return job;
    },
    /** At start-up: runs again a full recompute the last process did not finish; answers whether there was one. */
    async resumeInterrupted(): Promise<boolean> {
      const cut = await runs.takeInterrupted();
      if (cut) this.start(`resumed: the full recompute started ${cut.startedAt} (${cut.reason}) did not finish`);
      return cut !== null;
    },
    current: (): JobState | null => last,
    /** Resolves when the running job (if any) ends: for tests and shutdown. */
    settled: () => running ?? Promise.resolve(),
  };
}
export type RecomputeJobs = ReturnType<typeof createRecomputeJobs>;
