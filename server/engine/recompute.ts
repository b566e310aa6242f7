/**
 * Keeps the materialised scores fresh: one person right after their data
 * changes, or everyone in batches (after seeding, or on demand).
 */
import { LEAD_SCORING } from '../../shared/data/lead-scoring-rules';
import { contactScores, type ContactScores } from '../../shared/models/contact-scores';
import { populationStats } from '../../shared/models/population';
import type { Repositories } from '../db/repositories';

const BATCH = 500;
/**
 * The base's statistics are refreshed when older than this, and always while
 * the base is small: there each order moves the quintiles, and a refresh costs
 * next to nothing.
 */
const POPULATION_MAX_AGE_MS = 5 * 60_000;
const SMALL_BASE = 1_000;
const windowStart = (now: Date) => new Date(now.getTime() - LEAD_SCORING.windowDays * 86_400_000).toISOString();

export function createEngine(repos: Repositories) {
  async function recompute(ids: number[], now = new Date()) {
    const stored = await repos.scores.population();
    const fresh = stored && stored.stats.customers >= SMALL_BASE && now.getTime() - Date.parse(stored.computedAt) < POPULATION_MAX_AGE_MS;
    const stats = fresh ? stored.stats : await refreshPopulation(now);
    const facts = await repos.scores.facts(ids, windowStart(now));
    const scores = new Map<number, ContactScores>();
    for (const [id, f] of facts) scores.set(id, contactScores(f, stats, now));
    await repos.scores.save(scores, now.toISOString());
  }

  async function refreshPopulation(now: Date) {
    const stats = populationStats(await repos.scores.customerAggregates(now));
    await repos.scores.savePopulation(stats, now.toISOString());
    return stats;
  }

  return {
    /** Recomputes these people against the stored statistics of the base. */
    recompute,

    /** Recomputes the base's statistics, then everyone, a batch at a time. */
    async recomputeAll(now = new Date()): Promise<{ contacts: number }> {
      await refreshPopulation(now);
      let done = 0;
      for (let ids = await repos.scores.allContactIds(0, BATCH); ids.length; ids = await repos.scores.allContactIds(ids.at(-1)!, BATCH)) {
        await recompute(ids, now);
        done += ids.length;
      }
      return { contacts: done };
    },
  };
}
export type Engine = ReturnType<typeof createEngine>;
