/**
 * Threads for a full recompute's CPU work, beside the main thread, which reads
 * and writes: the groups and product rules are found on one while the main
 * thread fits the lifetime value models, then every batch is scored on them
 * while the main thread reads the next batch and writes the scored ones.
 * One thread per core beside the main one.
 */
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import type { BasketOrder } from '../../shared/models/association-rules';
import type { ClusterRow } from '../../shared/models/clusters';
import type { DiscoveredPatterns, PopulationStats } from '../../shared/models/population';
import type { WorkspaceConfig } from '../../shared/schemas/config';
import type { RawFacts } from '../db/repositories/facts';
import type { StoredBatch } from '../db/stored-scores';

/** What every batch of one recompute is scored against. */
export type ScoringContext = { stats: PopulationStats; config: WorkspaceConfig; now: string };

/** The tasks the pool's threads take (score-batch.worker.mjs exports one function for each). */
export type PoolTasks = {
  discover: (task: { people: ClusterRow[]; baskets: BasketOrder[] }) => DiscoveredPatterns;
  score: (task: { raw: RawFacts; context: ScoringContext }) => StoredBatch;
  /** Answers once a thread has loaded the engine. */
  ready: (task: null) => true;
};

export function createScoringPool(threads = Math.max(1, availableParallelism() - 1)) {
  const pool = new Piscina({
    filename: new URL('./score-batch.worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The threads run TypeScript (see the worker): their start is paid once, so idle threads wait for the next task.
    idleTimeout: Infinity,
    // A batch makes a few hundred thousand short-lived objects: a young generation this large lets them die
    // there, young, instead of being copied and promoted. Twice as large scored no faster, and took a million
    // people's recompute over 1 GiB (1,040–1,130 MiB at its peak, against 793).
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  const run = <K extends keyof PoolTasks>(name: K, task: Parameters<PoolTasks[K]>[0]): Promise<ReturnType<PoolTasks[K]>> => pool.run(task, { name });
  return {
    threads,
    discover: (people: ClusterRow[], baskets: BasketOrder[]) => run('discover', { people, baskets }),
    score: (raw: RawFacts, context: ScoringContext) => run('score', { raw, context }),
    /** Resolves once a thread has started and loaded the engine (a second or two: it compiles the engine's TypeScript). */
    ready: () => run('ready', null).then(() => undefined),
    close: () => pool.destroy(),
  };
}
export type ScoringPool = ReturnType<typeof createScoringPool>;
