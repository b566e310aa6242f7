/**
 * Keeps the materialised scores fresh: one person right after their data
 * changes, or everyone in batches (after seeding, on demand, on a schedule).
 */
import {
  customerStats, discoverPatterns, POPULATION_STATS_VERSION, type DiscoveredPatterns, type PopulationStats,
} from '../../shared/models/population';
import type { WorkspaceConfig } from '../../shared/schemas/config';
import type { OfferInput } from '../../shared/schemas/offers';
import type { SegmentInput } from '../../shared/schemas/segments';
import type { Repositories } from '../db/repositories';
import type { ContactBatch, RawFacts } from '../db/repositories/facts';
import { scoreBatch } from './score-batch';
import { createScoringPool, type ScoringPool } from './scoring-pool';

const BATCH = 1_000;
/**
 * A write recomputes its person against the base's statistics from the last
 * full recompute (which runs on a schedule), except while the base is this
 * small: there each order moves the quintiles, and a refresh costs next to nothing.
 */
const SMALL_BASE = 1_000;
/** Groups are found on at most this many people (k-means with several k and restarts); everyone is then placed in the nearest. */
const GROUPING_SAMPLE = 4_000;
/**
 * Association rules are mined from at most this many orders: over a few dozen
 * product lines, a 1% support is then known to within about 0.03 points.
 */
const BASKET_SAMPLE = 100_000;

export type EngineOptions = {
  /** From this many people on, a full recompute scores on a pool of threads. */
  poolFrom: number;
  /** The pool's threads; by default one per core beside the main thread. */
  threads?: number;
};

export function createEngine(repos: Repositories, options: EngineOptions = { poolFrom: 5_000 }) {
  /**
   * Scoring threads started ahead of the next full recompute of a large base:
   * a thread takes a second or two to start (it compiles the engine), which
   * no recompute should wait for. Each recompute takes them and closes them
   * (their heap goes with them), and fresh ones start for the next.
   */
  let spare: ScoringPool | null = null;
  let closed = false;
  const startSpareThreads = () => (closed ? null : (spare ??= createScoringPool(options.threads)));
  function takeThreads(): ScoringPool {
    const pool = spare ?? createScoringPool(options.threads);
    spare = null;
    return pool;
  }

  let cached: Promise<{ config: WorkspaceConfig; offers: OfferInput[]; segments: SegmentInput[] }> | null = null;
  const rules = () => (cached ??= Promise.all([repos.config.all(), repos.offers.all(), repos.segments.definitions()])
    .then(([config, offers, segments]) => ({ config, offers, segments })));

  async function statistics(now: Date): Promise<PopulationStats> {
    const stored = await repos.scores.population();
    const current = stored?.stats.version === POPULATION_STATS_VERSION ? stored.stats : null;
    if (current && current.customers >= SMALL_BASE) return current;
    // Between full recomputes the groups and product rules stay as found; finding them again takes seconds.
    return refreshPopulation(now, current ? Promise.resolve({ groups: current.groups, productRules: current.productRules }) : discover(now));
  }

  /** The groups and product rules, found on the pool's threads when there is a pool. */
  async function discover(now: Date, pool: ScoringPool | null = null): Promise<DiscoveredPatterns> {
    const { config } = await rules();
    const [people, baskets] = await Promise.all([
      repos.facts.groupingSample(now, config['lead-scoring'].windowDays, GROUPING_SAMPLE),
      repos.facts.baskets(BASKET_SAMPLE),
    ]);
    return pool ? pool.discover(people, baskets) : discoverPatterns(people, baskets);
  }

  /** The base's statistics: what its customers' orders give (fitted here, while `patterns` may still be being found elsewhere), with the patterns. */
  async function refreshPopulation(now: Date, patterns: Promise<DiscoveredPatterns>) {
    const { config } = await rules();
    const [found, customers] = await Promise.all([
      patterns,
      repos.facts.customerAggregates(now).then((aggregates) => customerStats(aggregates, config['value-tiers'])),
    ]);
    const stats: PopulationStats = { ...customers, ...found };
    await repos.scores.savePopulation(stats, now.toISOString());
    return stats;
  }

  async function factsOf(batch: ContactBatch, now: Date) {
    const { config } = await rules();
    return repos.facts.facts(batch, now, { eventDays: config['lead-scoring'].windowDays, complaintDays: config.satisfaction.complaintWindowDays });
  }

  /** Scores every batch of the base: read on this thread, scored on the pool's threads (or inline), each saved as soon as it is scored. */
  async function scoreEveryone(stats: PopulationStats, now: Date, pool: ScoringPool | null, progress: (done: number) => void): Promise<number> {
    const { config } = await rules();
    const computedAt = now.toISOString();
    const context = { stats, config, now: computedAt };
    const score = pool ? (raw: RawFacts) => pool.score(raw, context) : async (raw: RawFacts) => scoreBatch(raw, stats, config, now);
    // A thread has a batch and the next one waiting, so it never waits while this one reads or writes.
    const inFlight = pool ? 2 * pool.threads : 1;
    const scoring = new Set<Promise<void>>();
    let done = 0;
    let failure: unknown = null;
    for (let batch = await repos.facts.nextBatch(0, BATCH); batch && failure === null; batch = await repos.facts.nextBatch(batch.toId, BATCH)) {
      const task: Promise<void> = score(await factsOf(batch, now))
        .then((stored) => repos.scores.save(stored, computedAt).then(() => progress((done += stored.contacts))))
        .catch((error: unknown) => { failure ??= error; })
        .finally(() => scoring.delete(task));
      scoring.add(task);
      if (scoring.size >= inFlight) await Promise.race(scoring);
    }
    await Promise.all(scoring);
    if (failure !== null) throw failure;
    return done;
  }

  return {
    /** Recomputes these people against the base's statistics. */
    async recompute(ids: number[], now = new Date()) {
      const stats = await statistics(now);
      const { config, segments } = await rules();
      await repos.scores.save(scoreBatch(await factsOf({ ids }, now), stats, config, now), now.toISOString());
      // Custom segments read the scores just saved; for a few people, their rules run in memory.
      await repos.segments.refreshMembersOf(ids, segments, now);
    },

    /**
     * Recomputes the base's statistics, then everyone, a batch at a time, so
     * memory stays bounded whatever the size of the base; `progress` hears of each batch.
     */
    async recomputeAll(now = new Date(), progress: (done: number, total: number) => void = () => {}): Promise<{ contacts: number }> {
      const total = await repos.scores.contactCount();
      progress(0, total);
      // A large base's CPU work goes to a pool of threads; for a small one, starting them would cost more than it saves.
      const pool = total >= options.poolFrom ? takeThreads() : null;
      let done: number;
      try {
        try {
          const stats = await refreshPopulation(now, discover(now, pool));
          done = await scoreEveryone(stats, now, pool, (scored) => progress(scored, Math.max(scored, total)));
        } finally {
          await pool?.close();
        }
        // Custom segments read the scores just saved; over everyone, each rule is one SQL statement.
        for (const segment of (await rules()).segments) await repos.segments.refreshMembers(segment.key, segment.rule, now);
        // Everyone is current now: record the day's segment sizes for the analytics history (a later full recompute that day replaces them).
        await repos.analytics.snapshotSegmentSizes(now.toISOString().slice(0, 10));
      } finally {
        // Fresh threads for the next one, once this recompute is over: their start does not add to its memory.
        if (pool) startSpareThreads();
      }
      return { contacts: done };
    },

    /** Starts the scoring threads when the base is large enough to use them; resolves once they are ready. */
    async startThreadsIfLarge() {
      if ((await repos.scores.contactCount()) >= options.poolFrom) await startSpareThreads()?.ready();
    },

    /** Stops the spare scoring threads, and starts no more. */
    async close() {
      closed = true;
      await spare?.close();
      spare = null;
    },

    /** The workspace's rules, offers or segments changed: read them again before the next computation. */
    forgetRules() {
      cached = null;
    },

    /** Custom segment definitions, as the lookup labels and orders their badges. */
    segments: async () => (await rules()).segments,

    /** The offers, as the lookup and the profile choose one for each person. */
    offers: async () => (await rules()).offers,

    /** The currency amounts are in, as the lookup labels them. */
    currency: async () => (await rules()).config.money.currency,
  };
}
export type Engine = ReturnType<typeof createEngine>;
