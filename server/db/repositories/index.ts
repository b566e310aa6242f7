/**
 * The data access layer: routes and the engine reach the database only
 * through these, so another SQL dialect means another set of repositories.
 */
import type { Db } from '../client';
import { activityRepository } from './activity';
import { analyticsRepository } from './analytics';
import { changesRepository } from './changes';
import { companiesRepository } from './companies';
import { configRepository } from './config';
import { contactsRepository } from './contacts';
import { dealsRepository } from './deals';
import { factsRepository } from './facts';
import { idempotencyRepository } from './idempotency';
import { lookupRepository } from './lookup';
import { offersRepository } from './offers';
import { recomputeRunsRepository } from './recompute-runs';
import { scoresRepository } from './scores';
import { segmentsRepository } from './segments';
import { siteReportsRepository } from './site-reports';
import { tagsRepository } from './tags';
import { timelineRepository } from './timeline';
import { tokensRepository } from './tokens';

export function createRepositories(db: Db) {
  return {
    contacts: contactsRepository(db),
    companies: companiesRepository(db),
    config: configRepository(db),
    recomputeRuns: recomputeRunsRepository(db),
    tags: tagsRepository(db),
    activity: activityRepository(db),
    deals: dealsRepository(db),
    tokens: tokensRepository(db),
    lookup: lookupRepository(db),
    offers: offersRepository(db),
    facts: factsRepository(db),
    scores: scoresRepository(db),
    segments: segmentsRepository(db),
    analytics: analyticsRepository(db),
    siteReports: siteReportsRepository(db),
    timeline: timelineRepository(db),
    changes: changesRepository(db),
    idempotency: idempotencyRepository(db),
    /** Whether the database answers, for /health. */
    async ping(): Promise<boolean> {
      try {
        await db.run('select 1');
        return true;
      } catch {
        return false;
      }
    },
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
