/**
 * Discovered groups: k-means over how recently, how often and how much people
 * buy and how engaged they are, with k chosen by the silhouette score and each
 * group described in words in English and Persian.
 *
 * k-means is ml-kmeans (mljs): seeded k-means++, so the same rows give the
 * same groups. The silhouette is computed here: it is a dozen lines, and the
 * small npm packages for it are barely used.
 */
import { kmeans } from 'ml-kmeans';
import type { Locale } from '../schemas/enums';

export type ClusterRow = {
  id: string | number;
  /** Days since the last order; for people who never ordered, days since they became a contact (frequency 0 marks them). */
  recencyDays: number;
  /** Number of orders. */
  frequency: number;
  /** Revenue to date. */
  monetary: number;
  /** Events in the last 90 days. */
  engagement: number;
};

type Feature = 'recencyDays' | 'frequency' | 'monetary' | 'engagement';
const FEATURES: readonly Feature[] = ['recencyDays', 'frequency', 'monetary', 'engagement'];

export type ClusterOptions = {
  minK: number;
  maxK: number;
  seed: number;
  /** k-means runs per k from different seeds; the one with the least within-group spread is kept. */
  restarts: number;
  /**
   * The silhouette compares every pair of rows, so above this many rows it is
   * computed on evenly spaced rows (in id order) rather than all of them.
   */
  silhouetteSample: number;
};

export const DEFAULT_CLUSTERING: ClusterOptions = { minK: 2, maxK: 8, seed: 42, restarts: 4, silhouetteSample: 2000 };

/** Where a group's centroid lies against the overall mean, in standard deviations of the log-scaled feature. */
export type Level = 'low' | 'average' | 'high';

export type DiscoveredGroup = {
  /** 0 is the largest group. */
  index: number;
  size: number;
  share: number;
  description: Record<Locale, string>;
  /**
   * The centroid in original units, to 2 decimals: a typical member (the
   * back-transformed mean of the logs, so outliers weigh little).
   */
  centroid: Record<Feature, number>;
  /** The centroid in standard deviations from the overall mean of each log-scaled feature. */
  zScores: Record<Feature, number>;
  levels: Record<Feature, Level>;
  memberIds: Array<string | number>;
  explanation: string;
};

export type DiscoveredGroups = {
  k: number;
  /** How rows were standardised: what assignGroup needs to place someone new. */
  scale: Scale;
  /** Mean silhouette of the chosen k (−1 … 1; above ~0.5 the groups are well apart), null when nothing was split. */
  silhouette: number | null;
  silhouetteByK: Array<{ k: number; silhouette: number }>;
  /** Rows the silhouette was computed on. */
  silhouetteRows: number;
  groups: DiscoveredGroup[];
  explanation: string;
};

/** A centroid this many standard deviations from the mean counts as high or low. */
const NOTABLE_SD = 0.5;

export function discoverGroups(rows: readonly ClusterRow[], options: Partial<ClusterOptions> = {}): DiscoveredGroups {
  const { minK, maxK, seed, restarts, silhouetteSample } = { ...DEFAULT_CLUSTERING, ...options };
  // Sorted by id, so the same people give the same groups whatever order they come in.
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const scale = fitScale(sorted);
  const points = sorted.map((row) => FEATURES.map((f, i) => (logScaled(row, f) - scale.mean[i]!) / scale.sd[i]!));
  const features = 'log1p of recency days, orders, revenue and events in 90 days, each standardised to mean 0 and SD 1';

  const largestK = Math.min(maxK, distinctCount(points), points.length - 1);
  if (largestK < minK) {
    const groups = points.length ? [describeGroup(0, sorted, points, scale, points.length)] : [];
    return {
      k: groups.length, scale, silhouette: null, silhouetteByK: [], silhouetteRows: 0, groups,
      explanation: `${rows.length} people with fewer than ${minK} distinct profiles between them: nothing to split.`,
    };
  }

  const sample = evenlySpaced(points.length, silhouetteSample);
  const tried = range(minK, largestK).map((k) => {
    const labels = bestOfRestarts(points, k, seed, restarts);
    return { k, labels, silhouette: meanSilhouette(points, labels, k, sample) };
  });
  // The highest silhouette; on a tie the smaller k, the simpler story.
  const best = tried.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));

  const members = Array.from({ length: best.k }, () => [] as number[]);
  best.labels.forEach((label, i) => members[label]!.push(i));
  const groups = members
    .filter((m) => m.length > 0)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((m, index) => describeGroup(index, m.map((i) => sorted[i]!), m.map((i) => points[i]!), scale, points.length));

  const scores = tried.map((t) => `k=${t.k} ${t.silhouette.toFixed(2)}`).join(', ');
  return {
    k: groups.length,
    scale,
    silhouette: best.silhouette,
    silhouetteByK: tried.map(({ k, silhouette }) => ({ k, silhouette })),
    silhouetteRows: sample.length,
    groups,
    explanation: `${rows.length} people clustered by k-means (k-means++, seed ${seed}, best of ${restarts} starts) on ${features}. `
      + `Mean silhouette${sample.length < points.length ? ` on ${sample.length} evenly spaced people` : ''}: ${scores}; `
      + `k = ${best.k} scores highest. Groups are described against the overall mean: ${NOTABLE_SD} SD or more above is high, as far below is low.`,
  };
}

// ---- scaling

export type Scale = { mean: number[]; sd: number[] };

/**
 * The group a person belongs to: the nearest centroid in the standardised
 * space the groups were found in. Lets groups found on a sample of the base
 * place everyone.
 */
export function assignGroup(model: { scale: Scale; groups: ReadonlyArray<Pick<DiscoveredGroup, 'index' | 'zScores'>> }, row: ClusterRow): number | null {
  const point = FEATURES.map((f, i) => (logScaled(row, f) - model.scale.mean[i]!) / model.scale.sd[i]!);
  let best: { index: number; distance: number } | null = null;
  for (const group of model.groups) {
    const distance = squaredDistance(point, FEATURES.map((f) => group.zScores[f]));
    if (!best || distance < best.distance) best = { index: group.index, distance };
  }
  return best?.index ?? null;
}

/** Counts and money are skewed (a few very large values), so k-means sees their logs. */
const logScaled = (row: ClusterRow, feature: Feature) => Math.log1p(Math.max(0, row[feature]));

/** Mean and standard deviation of each log-scaled feature; a constant feature gets SD 1 so it scales to 0, not NaN. */
function fitScale(rows: readonly ClusterRow[]): Scale {
  const logs = FEATURES.map((f) => rows.map((row) => logScaled(row, f)));
  const mean = logs.map((values) => values.reduce((s, v) => s + v, 0) / (values.length || 1));
  const sd = logs.map((values, i) => Math.sqrt(values.reduce((s, v) => s + (v - mean[i]!) ** 2, 0) / (values.length || 1)) || 1);
  return { mean, sd };
}

const toOriginal = (z: number, i: number, scale: Scale) => Math.expm1(z * scale.sd[i]! + scale.mean[i]!);

// ---- k-means and the silhouette

/** The labelling with the least within-group sum of squares over `restarts` seeded k-means++ runs. */
function bestOfRestarts(points: number[][], k: number, seed: number, restarts: number): number[] {
  let best = { labels: [] as number[], inertia: Infinity };
  for (let r = 0; r < restarts; r++) {
    const result = kmeans(points, k, { seed: seed + r, initialization: 'kmeans++' });
    const inertia = result.clusters.reduce((s, c, i) => s + squaredDistance(points[i]!, result.centroids[c]!), 0);
    if (inertia < best.inertia) best = { labels: result.clusters, inertia };
  }
  return best.labels;
}

/**
 * Mean silhouette over the sampled rows, against the other sampled rows:
 * s = (b − a) / max(a, b), with a the mean distance to the own group and b to
 * the nearest other group. A row alone in its group scores 0.
 */
function meanSilhouette(points: number[][], labels: number[], k: number, sample: number[]): number {
  const sums = sample.map(() => new Array<number>(k).fill(0));
  const counts = new Array<number>(k).fill(0);
  sample.forEach((p, i) => {
    counts[labels[p]!]!++;
    for (let j = i + 1; j < sample.length; j++) {
      const q = sample[j]!;
      const d = Math.sqrt(squaredDistance(points[p]!, points[q]!));
      sums[i]![labels[q]!]! += d;
      sums[j]![labels[p]!]! += d;
    }
  });
  let total = 0;
  sample.forEach((p, i) => {
    const own = labels[p]!;
    if (counts[own]! < 2) return;
    const a = sums[i]![own]! / (counts[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && counts[c]! > 0) b = Math.min(b, sums[i]![c]! / counts[c]!);
    total += (b - a) / Math.max(a, b);
  });
  return total / sample.length;
}

function squaredDistance(p: readonly number[], q: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - q[i]!) ** 2;
  return s;
}

/** k-means++ needs at least k distinct points to seed k groups. */
const distinctCount = (points: number[][]) => new Set(points.map((p) => p.join(','))).size;

/** `size` indices spread evenly over 0 … n−1, or all of them when n ≤ size. */
const evenlySpaced = (n: number, size: number) => Array.from({ length: Math.min(n, size) }, (_, i) => Math.floor((i * n) / Math.min(n, size)));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// ---- describing a group

function describeGroup(index: number, rows: readonly ClusterRow[], points: number[][], scale: Scale, total: number): DiscoveredGroup {
  const z = FEATURES.map((_, i) => points.reduce((s, p) => s + p[i]!, 0) / points.length);
  const byFeature = <T>(value: (i: number) => T) => Object.fromEntries(FEATURES.map((f, i) => [f, value(i)])) as Record<Feature, T>;
  const levels = byFeature((i) => level(z[i]!));
  const centroid = byFeature((i) => round(toOriginal(z[i]!, i, scale)));
  const against = FEATURES.map((f, i) => `${FEATURE_NAMES[f]} ${z[i]! >= 0 ? '+' : '−'}${Math.abs(z[i]!).toFixed(2)} SD (${levels[f]})`);
  const typical = FEATURES.map((f) => `${FEATURE_NAMES[f]} ${centroid[f]}`);
  return {
    index,
    size: rows.length,
    share: rows.length / total,
    description: describe(levels, centroid.frequency),
    centroid,
    zScores: byFeature((i) => z[i]!),
    levels,
    memberIds: rows.map((r) => r.id),
    explanation: `Centroid against the overall mean: ${against.join(', ')}. A typical member: ${typical.join(', ')}.`,
  };
}

const FEATURE_NAMES: Record<Feature, string> = { recencyDays: 'days since last order', frequency: 'orders', monetary: 'revenue', engagement: 'events in 90 days' };
/** Rounding also clears the float noise that leaves e.g. −4e-15 orders for a group of non-buyers. */
const round = (value: number) => Math.max(0, Math.round(value * 100) / 100);

const level = (z: number): Level => (z >= NOTABLE_SD ? 'high' : z <= -NOTABLE_SD ? 'low' : 'average');

/** Words for each notable level, English then Persian; recency is in days, so low days means recent. */
const WORDS = {
  recencyDays: { low: ['recent', 'اخیر'], high: ['lapsed', 'غیرفعال'] },
  frequency: { high: ['frequent', 'پرتکرار'], low: ['occasional', 'کم‌تکرار'] },
  monetary: { high: ['high-spending', 'پرخرج'], low: ['low-spending', 'کم‌خرج'] },
  engagement: { high: ['engaged', 'پرتعامل'], low: ['quiet', 'کم‌تعامل'] },
} as const;

/**
 * "Recent, frequent, high-spending buyers" / «خریداران اخیر، پرتکرار و پرخرج».
 * The noun comes from the typical number of orders: under half an order,
 * non-buyers (leads, whose recency and spend say nothing, so only engagement
 * is described); under one and a half, one-time buyers; else buyers.
 */
function describe(levels: Record<Feature, Level>, typicalOrders: number): Record<Locale, string> {
  const kind = typicalOrders < 0.5 ? 'lead' : typicalOrders < 1.5 ? 'oneTime' : 'buyer';
  const described: readonly Feature[] = kind === 'lead' ? ['engagement'] : kind === 'oneTime' ? ['recencyDays', 'monetary', 'engagement'] : FEATURES;
  const words = described.flatMap((f) => {
    const l = levels[f];
    return l === 'average' ? [] : [WORDS[f][l]];
  });
  const en = words.map(([w]) => w);
  const fa = words.map(([, w]) => w);
  const noun = {
    lead: { en: 'non-buyers', fa: 'سرنخ‌ها', faBeforeAdjectives: 'سرنخ‌های' },
    oneTime: { en: 'one-time buyers', fa: 'خریداران تک‌خرید', faBeforeAdjectives: 'خریداران تک‌خرید' },
    buyer: { en: 'buyers', fa: 'خریداران', faBeforeAdjectives: 'خریداران' },
  }[kind];
  if (words.length === 0) {
    return kind === 'buyer' ? { en: 'Typical buyers', fa: 'خریداران معمولی' } : { en: capitalise(noun.en), fa: noun.fa };
  }
  return {
    en: capitalise(`${en.join(', ')} ${noun.en}`),
    fa: `${noun.faBeforeAdjectives} ${fa.length > 1 ? `${fa.slice(0, -1).join('، ')} و ${fa.at(-1)}` : fa[0]}`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
