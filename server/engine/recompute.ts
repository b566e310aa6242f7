/**
 * Keeps the materialised scores fresh: one person right after their data
 * changes, or everyone in batches (after seeding, on demand, on a schedule).
 */
import { contactScores, type ContactScores, type EngineRules } from '../../shared/models/contact-scores';
import {
  discoverPatterns, POPULATION_STATS_VERSION, populationStats, type DiscoveredPatterns, type PopulationStats,
} from '../../shared/models/population';
import type { SegmentInput } from '../../shared/schemas/segments';
import type { Repositories } from '../db/repositories';
import type { ContactBatch } from '../db/repositories/facts';

const BATCH = 1_000;
/**
 * A write recomputes its person against the base's statistics from the last
 * full recompute (which runs on a schedule), except while the base is this
 * small: there each order moves the quintiles, and a refresh costs next to nothing.
 */
const SMALL_BASE = 1_000;
/** Groups are found on at most this many people (k-means with several k and restarts); everyone is then placed in the nearest. */
const GROUPING_SAMPLE = 4_000;
/** Association rules are mined from at most this many orders. */
const BASKET_SAMPLE = 200_000;

export function createEngine(repos: Repositories) {
  let cached: Promise<EngineRules & { segments: SegmentInput[] }> | null = null;
  const rules = () => (cached ??= Promise.all([repos.config.all(), repos.offers.all(), repos.segments.definitions()])
    .then(([config, offers, segments]) => ({ config, offers, segments })));

  async function statistics(now: Date): Promise<PopulationStats> {
    const stored = await repos.scores.population();
    const current = stored?.stats.version === POPULATION_STATS_VERSION ? stored.stats : null;
    if (current && current.customers >= SMALL_BASE) return current;
    // Between full recomputes the groups and product rules stay as found; finding them again takes seconds.
    return refreshPopulation(now, current ? { groups: current.groups, productRules: current.productRules } : await discover(now));
  }

  async function discover(now: Date): Promise<DiscoveredPatterns> {
    const { config } = await rules();
    const [people, baskets] = await Promise.all([
      repos.facts.groupingSample(now, config['lead-scoring'].windowDays, GROUPING_SAMPLE),
      repos.facts.baskets(BASKET_SAMPLE),
    ]);
    return discoverPatterns(people, baskets);
  }

  async function refreshPopulation(now: Date, patterns: DiscoveredPatterns) {
    const { config } = await rules();
    const stats = populationStats(await repos.facts.customerAggregates(now), config['value-tiers'], now, patterns);
    await repos.scores.savePopulation(stats, now.toISOString());
    return stats;
  }

  async function score(batch: ContactBatch, stats: PopulationStats, now: Date) {
    const workspace = await rules();
    const facts = await repos.facts.facts(batch, now, {
      eventDays: workspace.config['lead-scoring'].windowDays,
      complaintDays: workspace.config.satisfaction.complaintWindowDays,
    });
    const scores = new Map<number, ContactScores>();
    for (const [id, f] of facts) scores.set(id, contactScores(f, stats, workspace, now));
    await repos.scores.save(scores, now.toISOString());
    return scores.size;
  }

  return {
    /** Recomputes these people against the base's statistics. */
    async recompute(ids: number[], now = new Date()) {
      await score({ ids }, await statistics(now), now);
      // Custom segments read the scores just saved; for a few people, their rules run in memory.
      await repos.segments.refreshMembersOf(ids, (await rules()).segments, now);
    },

    /**
     * Recomputes the base's statistics, then everyone, a batch at a time, so
     * memory stays bounded whatever the size of the base; `progress` hears of each batch.
     */
    async recomputeAll(now = new Date(), progress: (done: number, total: number) => void = () => {}): Promise<{ contacts: number }> {
      const stats = await refreshPopulation(now, await discover(now));
      const total = await repos.scores.contactCount();
      let done = 0;
      progress(done, total);
      for (let batch = await repos.facts.nextBatch(0, BATCH); batch; batch = await repos.facts.nextBatch(batch.toId, BATCH)) {
        done += await score(batch, stats, now);
        progress(done, Math.max(done, total));
      }
      // Custom segments read the scores just saved; over everyone, each rule is one SQL statement.
      for (const segment of (await rules()).segments) await repos.segments.refreshMembers(segment.key, segment.rule, now);
      // Everyone is current now: record the day's segment sizes for the analytics history (a later full recompute that day replaces them).
      await repos.analytics.snapshotSegmentSizes(now.toISOString().slice(0, 10));
      return { contacts: done };
    },

    /** The workspace's rules, offers or segments changed: read them again before the next computation. */
    forgetRules() {
      cached = null;
    },

    /** Custom segment definitions, as the lookup labels and orders their badges. */
    segments: async () => (await rules()).segments,

    /** The offers, as the lookup fills in the texts of the one chosen for each person. */
    offers: async () => (await rules()).offers,
  };
}
export type Engine = ReturnType<typeof createEngine>;
