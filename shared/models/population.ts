/** Statistics of the whole customer base that a single person's scores are measured against. */
import type { ValueTierRules } from '../schemas/config';
import { mineAssociationRules, type AssociationRule, type BasketOrder } from './association-rules';
import { discoverGroups, type ClusterRow, type DiscoveredGroup, type Scale } from './clusters';
import { fitLifetimeModel, lifetime, type HistoryColumns, type LifetimeModel } from './lifetime';
import type { PurchaseHistory } from './clv/bgnbd';
import type { SpendHistory } from './clv/gamma-gamma';
import { cutPoints } from './quantiles';

/** Bumped when the shape changes, so statistics stored by an older version are computed anew. */
export const POPULATION_STATS_VERSION = 6;

/** Discovered groups as the per-person scoring needs them: how to standardise, and each group's kind, centroid and words. */
export type GroupModel = {
  k: number;
  silhouette: number | null;
  /** People the groups were found on (a deterministic sample of a large base). */
  sampled: number;
  scale: Scale;
  groups: Array<Omit<DiscoveredGroup, 'memberIds'>>;
  explanation: string;
};

export type ValueBasis = 'predicted lifetime value' | 'realised revenue';

export type PopulationStats = {
  version: typeof POPULATION_STATS_VERSION;
  /** People with at least one order. */
  customers: number;
  /** Quintile cut points over customers. */
  rfmCuts: { recencyDays: number[]; frequency: number[]; monetary: number[] };
  /** The fitted BG/NBD and Gamma-Gamma models, or null while the base is too small for them. */
  lifetimeModel: LifetimeModel | null;
  /** What value tiers rank: predicted value when both models are fitted, else realised revenue. */
  valueBasis: ValueBasis;
  /** Value at or above `goldFrom` is gold (`vipFrom`: VIP too); below `lowBelow` is low. */
  value: { goldFrom: number; lowBelow: number; vipFrom: number };
  /** Groups discovered by k-means, or null while there are too few people to group. */
  groups: GroupModel | null;
  /** Which product lines are bought together (association rules over orders), strongest first. */
  productRules: AssociationRule[];
};

/** The rules worth keeping for cross-sell suggestions; more say little and cost memory in every per-person recompute. */
const KEPT_RULES = 100;

/**
 * Predicted value takes a dozen series sums per customer, so on a larger base
 * its percentiles are read off this many customers evenly spread over it: the
 * 80th percentile of 20,000 is within about 0.3 percentile points of the whole's.
 */
const VALUE_SAMPLE = 20_000;

/** Up to `size` of the indexes 0 … n−1, spread evenly (all of them when there are no more). */
const evenlySpaced = (n: number, size: number): number[] =>
  Array.from({ length: Math.min(n, size) }, (_, i) => Math.floor((i * n) / Math.min(n, size)));

/** Fewer people than this are not worth grouping. */
const MIN_TO_GROUP = 20;

function groupModel(rows: readonly ClusterRow[]): GroupModel | null {
  if (rows.length < MIN_TO_GROUP) return null;
  const found = discoverGroups(rows);
  return {
    k: found.k, silhouette: found.silhouette, sampled: rows.length, scale: found.scale, explanation: found.explanation,
    groups: found.groups.map(({ memberIds: _members, ...group }) => group),
  };
}

/** One customer as the base's statistics see them. */
export type CustomerAggregate = { recencyDays: number; frequency: number; monetary: number; history: PurchaseHistory & SpendHistory };

/**
 * The base's customers, one array of numbers per field: a large base has a
 * million of them, and as objects they would be most of the recompute's memory.
 */
export type CustomerColumns = {
  recencyDays: number[];
  frequency: number[];
  monetary: number[];
  history: { [K in keyof HistoryColumns]: number[] };
};

export const emptyCustomerColumns = (): CustomerColumns =>
  ({ recencyDays: [], frequency: [], monetary: [], history: { frequency: [], recency: [], T: [], monetary: [] } });

/** Adds one customer to the columns. */
export function addCustomer(columns: CustomerColumns, { recencyDays, frequency, monetary, history }: CustomerAggregate) {
  columns.recencyDays.push(recencyDays);
  columns.frequency.push(frequency);
  columns.monetary.push(monetary);
  columns.history.frequency.push(history.frequency);
  columns.history.recency.push(history.recency);
  columns.history.T.push(history.T);
  columns.history.monetary.push(history.monetary);
}

/** What takes long to find (seconds on a large base): found at full recomputes only, kept in between. */
export type DiscoveredPatterns = Pick<PopulationStats, 'groups' | 'productRules'>;

/**
 * `people` is everyone (buyers or not), or a sample of them, as the groups are
 * to be found on; `baskets` are orders as the product lines they contain.
 */
export function discoverPatterns(people: readonly ClusterRow[], baskets: readonly BasketOrder[]): DiscoveredPatterns {
  return {
    groups: groupModel(people),
    productRules: baskets.length ? mineAssociationRules(baskets).rules.slice(0, KEPT_RULES) : [],
  };
}

/** What the customers' orders give: quintiles, the lifetime value models and value thresholds. */
type CustomerStats = Omit<PopulationStats, keyof DiscoveredPatterns>;

export function customerStats(customers: CustomerColumns, tiers: ValueTierRules): CustomerStats {
  const { history } = customers;
  const lifetimeModel = fitLifetimeModel(history, tiers.penalizer);
  const predicts = lifetimeModel?.gammaGamma != null;
  const historyAt = (i: number) => ({ frequency: history.frequency[i]!, recency: history.recency[i]!, T: history.T[i]!, monetary: history.monetary[i]! });
  const values = Float64Array.from(predicts
    ? evenlySpaced(customers.frequency.length, VALUE_SAMPLE).map((i) => lifetime(lifetimeModel!, historyAt(i), tiers).predictedValue!)
    : customers.monetary).sort();
  const at = (p: number) => values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
  return {
    version: POPULATION_STATS_VERSION,
    customers: customers.frequency.length,
    rfmCuts: {
      recencyDays: cutPoints(customers.recencyDays, 5),
      frequency: cutPoints(customers.frequency, 5),
      monetary: cutPoints(customers.monetary, 5),
    },
    lifetimeModel,
    valueBasis: predicts ? 'predicted lifetime value' : 'realised revenue',
    value: { goldFrom: at(tiers.goldFromPercentile), lowBelow: at(tiers.lowBelowPercentile), vipFrom: at(tiers.vipFromPercentile) },
  };
}
