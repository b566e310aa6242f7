import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Repositories } from './db/repositories';
import type { TokenOwner } from './db/repositories/tokens';
import type { Engine } from './engine/recompute';
import type { RecomputeJobs } from './engine/recompute-job';
import type { BadgeSummaries } from './lib/badge-summaries';

/** What every request handler can reach through `c.var`. */
export type AppEnv = {
  Variables: {
    repos: Repositories;
    engine: Engine;
    jobs: RecomputeJobs;
    badgeSummaries: BadgeSummaries;
    caller: TokenOwner;
  };
};

export type AppRouter = OpenAPIHono<AppEnv>;

export type AppRouteHandler<R extends import('@hono/zod-openapi').RouteConfig> = import('@hono/zod-openapi').RouteHandler<R, AppEnv>;
