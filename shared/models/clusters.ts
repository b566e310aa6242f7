/**
 * Discovered groups: the paying customers clustered by k-means over how
 * recently, how often and how much they buy and how engaged they are (k chosen
 * by the silhouette score), and beside them the people who have paid nothing
 * yet, engaged or not. Each group is described in words, English and Persian,
 * from its members' medians against the base's, so that what it says is true
 * of its typical member — and no one who has paid nothing can be called a
 * high-spending buyer.
 *
 * k-means is ml-kmeans (mljs): seeded k-means++, so the same rows give the
 * same groups. The silhouette is computed here: it is a dozen lines, and the
 * small npm packages for it are barely used.
 */
import { kmeans } from 'ml-kmeans';
import type { Locale } from '../schemas/enums';
import { cutPoints } from './quantiles';

export type ClusterRow = {
  id: string | number;
  /** Days since the last order; null without one. */
  recencyDays: number | null;
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

/** Where a group's median lies among the paying customers: above their median and two thirds of them is high, below their median and one third low. */
export type Level = 'low' | 'average' | 'high';

/**
 * buyers: paying customers, found by k-means and placed by the nearest
 * centroid; engaged-non-buyers and new-non-buyers: people who have paid
 * nothing yet, with and without events in the last 90 days.
 */
export type GroupKind = 'buyers' | 'engaged-non-buyers' | 'new-non-buyers';

export type DiscoveredGroup = {
  /** 0 is the largest group. */
  index: number;
  kind: GroupKind;
  size: number;
  share: number;
  description: Record<Locale, string>;
  /** The members' medians, in original units: the typical member (recency null when no member has ordered). */
  medians: Record<Feature, number | null>;
  /** The medians against the base's paying customers; null for the people who have paid nothing. */
  levels: Record<Feature, Level> | null;
  /** The k-means centroid, standardised: how assignGroup places a paying customer; null for the others. */
  zScores: Record<Feature, number> | null;
  memberIds: Array<string | number>;
  explanation: string;
};

export type DiscoveredGroups = {
  /** Groups of paying customers found by k-means. */
  k: number;
  /** How the paying customers were standardised: what assignGroup needs to place someone new. */
  scale: Scale;
  /** Mean silhouette of the chosen k (−1 … 1; above ~0.5 the groups are well apart), null when nothing was split. */
  silhouette: number | null;
  silhouetteByK: Array<{ k: number; silhouette: number }>;
  /** Rows the silhouette was computed on. */
  silhouetteRows: number;
  groups: DiscoveredGroup[];
  explanation: string;
};

/** Paid something: revenue above 0. */
const pays = (row: ClusterRow) => row.monetary > 0;

export function discoverGroups(rows: readonly ClusterRow[], options: Partial<ClusterOptions> = {}): DiscoveredGroups {
  const { minK, maxK, seed, restarts, silhouetteSample } = { ...DEFAULT_CLUSTERING, ...options };
  // Sorted by id, so the same people give the same groups whatever order they come in.
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const buyers = sorted.filter(pays);
  const scale = fitScale(buyers);
  const points = buyers.map((row) => standardised(row, scale));
  const features = 'log1p of days since the last order, orders, revenue and events in 90 days, each standardised to mean 0 and SD 1';
  const base = baseOf(buyers);

  const largestK = Math.min(maxK, distinctCount(points), points.length - 1);
  const tried = largestK < minK ? [] : range(minK, largestK).map((k) => {
    const labels = bestOfRestarts(points, k, seed, restarts);
    return { k, labels, silhouette: meanSilhouette(points, labels, k, evenlySpaced(points.length, silhouetteSample)) };
  });
  // The highest silhouette; on a tie the smaller k, the simpler story.
  const best = tried.length ? tried.reduce((a, b) => (b.silhouette > a.silhouette ? b : a)) : null;
  const clusters = best ? membersByLabel(best.labels, best.k) : buyers.length ? [buyers.map((_, i) => i)] : [];

  const groups = [
    ...clusters.map((m) => describeBuyers(m.map((i) => buyers[i]!), m.map((i) => points[i]!), base)),
    describeNonBuyers('engaged-non-buyers', sorted.filter((row) => !pays(row) && row.engagement > 0)),
    describeNonBuyers('new-non-buyers', sorted.filter((row) => !pays(row) && row.engagement <= 0)),
  ]
    .sort((a, b) => b.memberIds.length - a.memberIds.length || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((group, index) => ({ ...group, index, size: group.memberIds.length, share: rows.length ? group.memberIds.length / rows.length : 0 }));

  const sample = evenlySpaced(points.length, silhouetteSample).length;
  const split = best
    ? `${buyers.length} paying customers clustered by k-means (k-means++, seed ${seed}, best of ${restarts} starts) on ${features}. `
      + `Mean silhouette${sample < points.length ? ` on ${sample} evenly spaced customers` : ''}: ${tried.map((t) => `k=${t.k} ${t.silhouette.toFixed(2)}`).join(', ')}; `
      + `k = ${best.k} scores highest.`
    : `${buyers.length} paying customers with fewer than ${minK} distinct profiles between them: not split.`;
  return {
    k: clusters.length,
    scale,
    silhouette: best?.silhouette ?? null,
    silhouetteByK: tried.map(({ k, silhouette }) => ({ k, silhouette })),
    silhouetteRows: best ? sample : 0,
    groups,
    explanation: `${split} Each group is described by its members' medians against all paying customers': above their median and two thirds `
      + `of them is high, below their median and one third low. The ${rows.length - buyers.length} people who have paid nothing are grouped apart, by whether they had events in 90 days.`,
  };
}

const KIND_ORDER: readonly GroupKind[] = ['buyers', 'engaged-non-buyers', 'new-non-buyers'];

/**
 * The group a person belongs to: someone who has paid nothing by their
 * engagement, a paying customer by the nearest centroid in the standardised
 * space the groups were found in (which lets groups found on a sample of the
 * base place everyone). Null when the base had no paying customer to group.
 */
export function assignGroup(model: { scale: Scale; groups: ReadonlyArray<Pick<DiscoveredGroup, 'index' | 'kind' | 'zScores'>> }, row: ClusterRow): number | null {
  if (!pays(row)) {
    const kind: GroupKind = row.engagement > 0 ? 'engaged-non-buyers' : 'new-non-buyers';
    return model.groups.find((g) => g.kind === kind)?.index ?? null;
  }
  const point = standardised(row, model.scale);
  let best: { index: number; distance: number } | null = null;
  for (const group of model.groups) {
    if (!group.zScores) continue;
    const distance = squaredDistance(point, FEATURES.map((f) => group.zScores![f]));
    if (!best || distance < best.distance) best = { index: group.index, distance };
  }
  return best?.index ?? null;
}

// ---- scaling

export type Scale = { mean: number[]; sd: number[] };

/** Counts and money are skewed (a few very large values), so k-means sees their logs. */
const logScaled = (row: ClusterRow, feature: Feature) => Math.log1p(Math.max(0, row[feature] ?? 0));
const standardised = (row: ClusterRow, scale: Scale) => FEATURES.map((f, i) => (logScaled(row, f) - scale.mean[i]!) / scale.sd[i]!);

/** Mean and standard deviation of each log-scaled feature; a constant feature gets SD 1 so it scales to 0, not NaN. */
function fitScale(rows: readonly ClusterRow[]): Scale {
  const logs = FEATURES.map((f) => rows.map((row) => logScaled(row, f)));
  const mean = logs.map((values) => values.reduce((s, v) => s + v, 0) / (values.length || 1));
  const sd = logs.map((values, i) => Math.sqrt(values.reduce((s, v) => s + (v - mean[i]!) ** 2, 0) / (values.length || 1)) || 1);
  return { mean, sd };
}

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

/** The row indexes of each label's members, empty labels left out. */
function membersByLabel(labels: readonly number[], k: number): number[][] {
  const members = Array.from({ length: k }, () => [] as number[]);
  labels.forEach((label, i) => members[label]!.push(i));
  return members.filter((m) => m.length > 0);
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

type Described = Omit<DiscoveredGroup, 'index' | 'size' | 'share'>;

/** The paying customers' values of each feature, sorted (what a group's median is placed in), and their median. */
type Base = Record<Feature, { sorted: Float64Array; median: number }>;
function baseOf(buyers: readonly ClusterRow[]): Base {
  return byFeature((f) => {
    const sorted = Float64Array.from(buyers, (row) => row[f] ?? 0).sort();
    return { sorted, median: sorted[Math.ceil(sorted.length / 2) - 1] ?? 0 };
  });
}

/** The nearest-rank median, or null without values. */
const median = (values: readonly number[]): number | null => (values.length ? cutPoints(values, 2)[0]! : null);

/** Where `value` lies in the sorted `values`: the share below it, ties counting half (0 … 1). */
function position(value: number, values: Float64Array): number {
  let [below, equal] = [0, 0];
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (below + equal / 2) / values.length;
}

/** High: the group's median is above the base's and above two thirds of the base (`at`); low likewise below. */
const level = (groupMedian: number, baseMedian: number, at: number): Level =>
  (at > 2 / 3 && groupMedian > baseMedian ? 'high' : at < 1 / 3 && groupMedian < baseMedian ? 'low' : 'average');

function describeBuyers(members: readonly ClusterRow[], points: number[][], base: Base): Described {
  const medians = byFeature((f) => median(members.map((row) => row[f] ?? 0))!);
  const at = byFeature((f) => position(medians[f], base[f].sorted));
  const levels = byFeature((f) => level(medians[f], base[f].median, at[f]));
  const zScores = byFeature((_, i) => points.reduce((s, p) => s + p[i]!, 0) / points.length);
  const against = FEATURES.map((f) => `${FEATURE_NAMES[f]} ${round(medians[f])} (base ${round(base[f].median)}; above ${Math.round(at[f] * 100)} % of paying customers: ${levels[f]})`);
  return {
    kind: 'buyers',
    description: describe(levels, medians.frequency),
    medians,
    levels,
    zScores,
    memberIds: members.map((r) => r.id),
    explanation: `Members' medians against all paying customers': ${against.join('; ')}.`,
  };
}

function describeNonBuyers(kind: Exclude<GroupKind, 'buyers'>, members: readonly ClusterRow[]): Described {
  const ordered = members.filter((row) => row.recencyDays !== null);
  return {
    kind,
    description: NON_BUYERS[kind],
    medians: {
      recencyDays: median(ordered.map((row) => row.recencyDays!)), frequency: median(members.map((row) => row.frequency)),
      monetary: median(members.map((row) => row.monetary)), engagement: median(members.map((row) => row.engagement)),
    },
    levels: null,
    zScores: null,
    memberIds: members.map((r) => r.id),
    explanation: kind === 'engaged-non-buyers'
      ? 'People who have paid nothing yet and had at least one event in the last 90 days.'
      : 'People who have paid nothing yet and had no event in the last 90 days.',
  };
}

const byFeature = <T>(value: (feature: Feature, i: number) => T) => Object.fromEntries(FEATURES.map((f, i) => [f, value(f, i)])) as Record<Feature, T>;
const FEATURE_NAMES: Record<Feature, string> = { recencyDays: 'days since last order', frequency: 'orders', monetary: 'revenue', engagement: 'events in 90 days' };
const round = (value: number) => Math.round(value * 100) / 100;

const NON_BUYERS: Record<Exclude<GroupKind, 'buyers'>, Record<Locale, string>> = {
  'engaged-non-buyers': { en: 'Engaged, no purchases yet', fa: 'پرتعامل، هنوز بدون خرید' },
  'new-non-buyers': { en: 'No purchases yet', fa: 'هنوز بدون خرید' },
};

/** Words for each notable level, English then Persian; recency is in days, so low days means recent. */
const WORDS = {
  recencyDays: { low: ['recent', 'اخیر'], high: ['lapsed', 'غیرفعال'] },
  frequency: { high: ['frequent', 'پرتکرار'], low: ['occasional', 'کم‌تکرار'] },
  monetary: { high: ['high-spending', 'پرخرج'], low: ['low-spending', 'کم‌خرج'] },
  engagement: { high: ['engaged', 'پرتعامل'], low: ['quiet', 'کم‌تعامل'] },
} as const;

/**
 * "Recent, frequent, high-spending buyers" / «خریداران اخیر، پرتکرار و پرخرج».
 * A group whose typical member ordered once is one-time buyers, and their
 * frequency goes without saying.
 */
function describe(levels: Record<Feature, Level>, medianOrders: number): Record<Locale, string> {
  const oneTime = medianOrders <= 1;
  const described = oneTime ? FEATURES.filter((f) => f !== 'frequency') : FEATURES;
  const words = described.flatMap((f) => {
    const l = levels[f];
    return l === 'average' ? [] : [WORDS[f][l]];
  });
  const en = words.map(([w]) => w);
  const fa = words.map(([, w]) => w);
  const noun = oneTime
    ? { en: 'one-time buyers', fa: 'خریداران تک‌خرید' }
    : { en: 'buyers', fa: 'خریداران' };
  if (words.length === 0) return oneTime ? { en: 'One-time buyers', fa: noun.fa } : { en: 'Typical buyers', fa: 'خریداران معمولی' };
  return {
    en: capitalise(`${en.join(', ')} ${noun.en}`),
    fa: `${noun.fa} ${fa.length > 1 ? `${fa.slice(0, -1).join('، ')} و ${fa.at(-1)}` : fa[0]}`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
