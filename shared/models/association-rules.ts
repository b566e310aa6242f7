/**
 * Product preferences: association rules mined from what is bought together
 * (apriori over baskets), and the cross-sell and up-sell suggestions they and
 * the price tiers give for one person.
 */

export type BasketOrder = { orderId: string | number; contactId: string | number; items: readonly string[] };

export type RuleMiningOptions = {
  /** Least share of baskets an item set must appear in (0–1]. */
  minSupport: number;
  /** Least share of the antecedent's baskets that also hold the consequent (0–1). */
  minConfidence: number;
  /**
   * What a basket is: one order (what is bought at once), or everything one
   * contact has bought (what is owned together — add-ons bought in a later
   * order count too).
   */
  basket: 'order' | 'contact';
};

export const DEFAULT_RULE_MINING: RuleMiningOptions = { minSupport: 0.01, minConfidence: 0.2, basket: 'order' };

/** A → B: people whose basket holds every antecedent item also tend to hold the consequent. */
export type AssociationRule = {
  /** One item or a pair, sorted. */
  antecedent: string[];
  consequent: string;
  /** Share of all baskets holding antecedent and consequent. */
  support: number;
  /** Share of the antecedent's baskets that hold the consequent. */
  confidence: number;
  /** Confidence over the consequent's share of all baskets: above 1, the antecedent makes it likelier. */
  lift: number;
  counts: { baskets: number; antecedent: number; consequent: number; both: number };
  explanation: string;
};

export type MinedRules = { rules: AssociationRule[]; baskets: number; explanation: string };

/**
 * Rules with one or two items on the left and one on the right, from the
 * item sets of size 1–3 that reach the minimum support. Apriori: a set is
 * counted only when all its subsets are frequent. Rules come strongest first
 * (lift, then confidence, then support).
 */
export function mineAssociationRules(orders: readonly BasketOrder[], options: Partial<RuleMiningOptions> = {}): MinedRules {
  const { minSupport, minConfidence, basket } = { ...DEFAULT_RULE_MINING, ...options };
  if (!(minSupport > 0 && minSupport <= 1)) throw new RangeError(`minSupport must be in (0, 1], got ${minSupport}`);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new RangeError(`minConfidence must be in [0, 1], got ${minConfidence}`);

  const baskets = toBaskets(orders, basket);
  // The count a set needs; the epsilon keeps e.g. 0.6 × 5 from rounding up to 4.
  const minCount = Math.max(1, Math.ceil(minSupport * baskets.length - 1e-9));
  const singles = frequentSets(baskets, 1, minCount);
  const ofFrequentItems = baskets.map((items) => items.filter((item) => singles.has(item)));
  const pairs = frequentSets(ofFrequentItems, 2, minCount);
  const triples = frequentSets(ofFrequentItems, 3, minCount, (set) => subsetsWithoutOne(set).every((s) => pairs.has(key(s))));
  const count = (items: readonly string[]) => (items.length === 1 ? singles : pairs).get(key(items))!;

  const rules: AssociationRule[] = [];
  for (const [setKey, both] of [...pairs, ...triples]) {
    const set = setKey.split(SEPARATOR);
    subsetsWithoutOne(set).forEach((antecedent, i) => {
      const consequent = set[i]!;
      const rule = makeRule(antecedent, consequent, { baskets: baskets.length, antecedent: count(antecedent), consequent: count([consequent]), both });
      if (rule.confidence >= minConfidence) rules.push(rule);
    });
  }
  rules.sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || b.support - a.support || compareText(ruleName(a), ruleName(b)));

  return {
    rules,
    baskets: baskets.length,
    explanation: `${baskets.length} baskets (one per ${basket}). Item sets in at least ${minCount} of them (support ≥ ${percent(minSupport)}): `
      + `${singles.size} items, ${pairs.size} pairs, ${triples.size} triples. `
      + `${rules.length} rules with confidence ≥ ${percent(minConfidence)}.`,
  };
}

export type CrossSell = { item: string; rule: AssociationRule; explanation: string };

/**
 * Up to `n` items the person does not own yet, each with the rule that
 * suggests it best: among rules whose antecedent they own and whose lift is
 * above 1 (the item is likelier with what they own than without), the one
 * with the highest confidence — the likeliest purchase. Items are ranked the
 * same way.
 */
export function crossSell(ownedItems: Iterable<string>, rules: readonly AssociationRule[], n: number): CrossSell[] {
  const owned = new Set(ownedItems);
  const applicable = rules
    .filter((r) => r.lift > 1 && !owned.has(r.consequent) && r.antecedent.every((item) => owned.has(item)))
    .sort((a, b) => b.confidence - a.confidence || b.lift - a.lift || b.support - a.support);
  const best = new Map<string, AssociationRule>();
  for (const rule of applicable) if (!best.has(rule.consequent)) best.set(rule.consequent, rule);
  return [...best.values()].slice(0, n).map((rule) => ({ item: rule.consequent, rule, explanation: crossSellExplanation(rule) }));
}

/** Why a rule suggests its consequent to someone who owns its antecedent. */
export const crossSellExplanation = (rule: AssociationRule) => `Owns ${rule.antecedent.join(' and ')}. ${rule.explanation}`;

/** One offering's price tiers (e.g. CRM Basic, Team, Business): its plans, not its add-ons. */
export type PriceLadder = { line: string; tiers: ReadonlyArray<{ item: string; price: number }> };

export type UpSell = { item: string; line: string; from: string; priceStep: number; explanation: string };

/**
 * Up to `n` upgrades: in each ladder where the person owns a tier below the
 * top, the next tier above the highest one they own. Smallest relative price
 * step first, as the easiest step to take.
 *
 * Ladders are given, not read off the catalogue: a product line mixes plans
 * with add-ons (the analytics line has a 99 forecasting add-on between its 49
 * and 149 plans), so "the next dearer item in the line" would offer add-ons
 * as upgrades. Baskets cannot tell either, as an upgrade replaces the lower
 * tier rather than joining it.
 */
export function upSell(ownedItems: Iterable<string>, ladders: readonly PriceLadder[], n: number): UpSell[] {
  const owned = new Set(ownedItems);
  const steps: Array<{ step: UpSell; ratio: number }> = [];
  for (const { line, tiers } of ladders) {
    const byPrice = [...tiers].sort((a, b) => a.price - b.price);
    const highest = byPrice.findLastIndex((t) => owned.has(t.item));
    const from = byPrice[highest];
    const next = byPrice[highest + 1];
    if (!from || !next) continue;
    const priceStep = next.price - from.price;
    steps.push({
      step: {
        item: next.item,
        line,
        from: from.item,
        priceStep,
        explanation: `Owns ${from.item} (${from.price}), tier ${highest + 1} of ${byPrice.length} in ${line}; `
          + `${next.item} is the next tier up (${next.price}, +${priceStep}).`,
      },
      ratio: next.price / from.price,
    });
  }
  return steps.sort((a, b) => a.ratio - b.ratio || compareText(a.step.line, b.step.line)).slice(0, n).map(({ step }) => step);
}

// ---- counting

const SEPARATOR = '\u001f';
const key = (items: readonly string[]) => items.join(SEPARATOR);

/** Each basket's distinct items, sorted, so a set's key is the same wherever it is found; orders without lines are no baskets. */
function toBaskets(orders: readonly BasketOrder[], unit: RuleMiningOptions['basket']): string[][] {
  const byUnit = new Map<string | number, Set<string>>();
  for (const order of orders) {
    const id = unit === 'order' ? order.orderId : order.contactId;
    const items = byUnit.get(id) ?? new Set<string>();
    for (const item of order.items) items.add(item);
    byUnit.set(id, items);
  }
  return [...byUnit.values()].filter((items) => items.size > 0).map((items) => [...items].sort());
}

/** Item sets of `size` found in at least `minCount` baskets, by key; only sets passing `candidate` are counted. */
function frequentSets(baskets: readonly string[][], size: number, minCount: number, candidate = (_: string[]) => true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const basket of baskets) {
    for (const set of combinations(basket, size)) {
      if (!candidate(set)) continue;
      const k = key(set);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  for (const [k, c] of counts) if (c < minCount) counts.delete(k);
  return counts;
}

/** Every `size`-item subset of `items`, keeping their order. */
function* combinations(items: readonly string[], size: number, start = 0, prefix: string[] = []): Generator<string[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) yield* combinations(items, size, i + 1, [...prefix, items[i]!]);
}

const subsetsWithoutOne = (set: readonly string[]) => set.map((_, i) => set.filter((__, j) => j !== i));

function makeRule(antecedent: string[], consequent: string, counts: AssociationRule['counts']): AssociationRule {
  const support = counts.both / counts.baskets;
  const confidence = counts.both / counts.antecedent;
  const consequentShare = counts.consequent / counts.baskets;
  const lift = confidence / consequentShare;
  const a = antecedent.join(' + ');
  return {
    antecedent,
    consequent,
    support,
    confidence,
    lift,
    counts,
    explanation: `${counts.both} of the ${counts.antecedent} baskets with ${a} also hold ${consequent} (confidence ${percent(confidence)}); `
      + `${consequent} is in ${counts.consequent} of all ${counts.baskets} (${percent(consequentShare)}), `
      + `so ${a} makes it ${lift.toFixed(2)}× as likely (lift); together in ${percent(support)} of baskets (support).`,
  };
}

const ruleName = (r: AssociationRule) => `${key(r.antecedent)}→${r.consequent}`;
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
/** Code-unit order: the same on every machine, unlike localeCompare. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
