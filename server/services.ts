/** What the routes and the server process share: data access, the engine and its recompute jobs, the badges kept for the lookup. */
import type { Db } from './db/client';
import { createRepositories } from './db/repositories';
import { createEngine } from './engine/recompute';
import { createRecomputeJobs } from './engine/recompute-job';
import { createBadgeSummaries } from './lib/badge-summaries';

export function createServices(db: Db) {
  const repos = createRepositories(db);
  const engine = createEngine(repos);
  return { repos, engine, jobs: createRecomputeJobs(engine, repos.recomputeRuns), badgeSummaries: createBadgeSummaries(repos, engine) };
}
export type Services = ReturnType<typeof createServices>;
