/** What the routes and the server process share: data access, the engine and its recompute jobs. */
import type { Db } from './db/client';
import { createRepositories } from './db/repositories';
import { createEngine } from './engine/recompute';
import { createRecomputeJobs } from './engine/recompute-job';

export function createServices(db: Db) {
  const repos = createRepositories(db);
  const engine = createEngine(repos);
  return { repos, engine, jobs: createRecomputeJobs(engine, repos.recomputeRuns) };
}
export type Services = ReturnType<typeof createServices>;
