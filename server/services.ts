/** What the routes and the server process share: data access, the engine, its recompute jobs, authentication. */
import type { Db } from './db/client';
import { createRepositories } from './db/repositories';
import { createEngine } from './engine/recompute';
import { createRecomputeJobs } from './engine/recompute-job';
import { createAuthenticator } from './lib/auth';

export function createServices(db: Db) {
  const repos = createRepositories(db);
  const engine = createEngine(repos);
  return { repos, engine, jobs: createRecomputeJobs(engine, repos.recomputeRuns), auth: createAuthenticator() };
}
export type Services = ReturnType<typeof createServices>;
