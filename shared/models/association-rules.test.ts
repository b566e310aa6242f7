import { describe, expect, it } from 'vitest';
import { crossSell, mineAssociationRules, upSell, type BasketOrder } from './association-rules';

/*
 * Five baskets, counted by hand:
 *   items  bread 4, milk 4, diapers 4, beer 3, cola 2, eggs 1
 *   pairs  beer+diapers 3, bread+milk 3, bread+diapers 3, diapers+milk 3, cola+diapers 2, cola+milk 2, …
 */
const orders: BasketOrder[] = [
  { orderId: 1, contactId: 'a', items: ['bread', 'milk'] },
  { orderId: 2, contactId: 'b', items: ['bread', 'diapers', 'beer', 'eggs'] },
  { orderId: 3, contactId: 'c', items: ['milk', 'diapers', 'beer', 'cola'] },
  { orderId: 4, contactId: 'd', items: ['bread', 'milk', 'diapers', 'beer', 'beer'] },
  { orderId: 5, contactId: 'e', items: ['bread', 'milk', 'diapers', 'cola'] },
];
const name = (r: { antecedent: string[]; consequent: string }) => `${r.antecedent.join('+')}→${r.consequent}`;

describe('mining association rules', () => {
  it('computes support, confidence and lift as counted by hand', () => {
    const { rules, baskets } = mineAssociationRules(orders, { minSupport: 0.6, minConfidence: 0.7 });
    expect(baskets).toBe(5);
    // beer→diapers: 3 of 3 beer baskets hold diapers; diapers are in 4 of 5, so lift = 1 / 0.8.
    expect(rules[0]).toMatchObject({ antecedent: ['beer'], consequent: 'diapers', support: 0.6, confidence: 1, lift: 1.25,
      counts: { baskets: 5, antecedent: 3, consequent: 4, both: 3 } });
    // diapers→beer: 3 of 4; beer is in 3 of 5, so lift = 0.75 / 0.6.
    expect(rules[1]).toMatchObject({ antecedent: ['diapers'], consequent: 'beer', support: 0.6, confidence: 0.75 });
    expect(rules[1]!.lift).toBeCloseTo(1.25);
    // The other frequent pairs give 0.75 confidence but lift 0.75 / 0.8 < 1; the pair sets (support 0.4) are not frequent.
    expect(rules.slice(2).map(name)).toEqual(['bread→diapers', 'bread→milk', 'diapers→bread', 'diapers→milk', 'milk→bread', 'milk→diapers']);
    for (const r of rules.slice(2)) expect(r.lift).toBeCloseTo(0.9375);
  });

  it('mines rules with a pair on the left from frequent triples', () => {
    const { rules } = mineAssociationRules(orders, { minSupport: 0.4, minConfidence: 0.5 });
    const rule = (n: string) => rules.find((r) => name(r) === n);
    // bread+milk are together 3 times, with diapers twice.
    expect(rule('bread+milk→diapers')).toMatchObject({ support: 0.4, counts: { antecedent: 3, both: 2 } });
    expect(rule('bread+milk→diapers')!.confidence).toBeCloseTo(2 / 3);
    expect(rule('bread+milk→diapers')!.lift).toBeCloseTo(2 / 3 / 0.8);
    expect(rule('cola+milk→diapers')).toMatchObject({ confidence: 1, lift: 1.25 });
    // beer+bread+milk is in one basket only.
    expect(rule('beer+bread→milk')).toBeUndefined();
  });

  it('drops rules below the minimum confidence', () => {
    const { rules } = mineAssociationRules(orders, { minSupport: 0.6, minConfidence: 0.8 });
    expect(rules.map(name)).toEqual(['beer→diapers']);
  });

  it('explains each rule and the mining in words', () => {
    const mined = mineAssociationRules(orders, { minSupport: 0.6, minConfidence: 0.7 });
    expect(mined.rules[0]!.explanation).toBe('3 of the 3 baskets with beer also hold diapers (confidence 100%); '
      + 'diapers is in 4 of all 5 (80%), so beer makes it 1.25× as likely (lift); together in 60% of baskets (support).');
    expect(mined.explanation).toBe('5 baskets (one per order). Item sets in at least 3 of them (support ≥ 60%): 4 items, 4 pairs, 0 triples. 8 rules with confidence ≥ 70%.');
  });

  it("can take each contact's purchases as one basket", () => {
    const split: BasketOrder[] = [
      { orderId: 1, contactId: 'a', items: ['CRM-TEAM'] },
      { orderId: 2, contactId: 'a', items: ['CRM-MOBILE'] },
      { orderId: 3, contactId: 'b', items: ['CRM-TEAM', 'CRM-MOBILE'] },
      { orderId: 4, contactId: 'c', items: ['HW-TABLET'] },
    ];
    const rule = (basket: 'order' | 'contact') => mineAssociationRules(split, { minSupport: 0.1, minConfidence: 0, basket })
      .rules.find((r) => name(r) === 'CRM-TEAM→CRM-MOBILE');
    expect(rule('order')).toMatchObject({ confidence: 0.5, counts: { baskets: 4 } });
    expect(rule('contact')).toMatchObject({ confidence: 1, counts: { baskets: 3 } });
  });

  it('is empty without orders and rejects a support of 0', () => {
    expect(mineAssociationRules([]).rules).toEqual([]);
    expect(() => mineAssociationRules(orders, { minSupport: 0 })).toThrow(RangeError);
  });
});

describe('cross-sell', () => {
  const { rules } = mineAssociationRules(orders, { minSupport: 0.4, minConfidence: 0.5 });

  it('suggests what is not owned yet, with the rule that suggests it', () => {
    const [first, ...rest] = crossSell(['bread', 'beer'], rules, 3);
    // beer→diapers and beer+bread→diapers are both certain; the one seen more often wins.
    expect(first).toMatchObject({ item: 'diapers', rule: { antecedent: ['beer'], confidence: 1 } });
    expect(first!.explanation).toMatch(/^Owns beer\. 3 of the 3 baskets with beer also hold diapers/);
    expect(rest).toEqual([]);
  });

  it('keeps only rules with lift above 1: popular items the person would buy anyway are not suggestions', () => {
    // milk→diapers has confidence 0.75 but lift 0.94; milk→cola has 0.5 and lift 1.25.
    expect(crossSell(['milk'], rules, 5).map((s) => s.item)).toEqual(['cola']);
  });

  it('returns at most n items and nothing for someone who owns every suggestion', () => {
    expect(crossSell(['cola'], rules, 1)).toHaveLength(1);
    expect(crossSell(['beer', 'diapers', 'cola', 'milk', 'bread'], rules, 5)).toEqual([]);
  });
});

describe('up-sell', () => {
  const ladders = [
    { line: 'crm', tiers: [{ item: 'CRM-BUSINESS', price: 349 }, { item: 'CRM-BASIC', price: 29 }, { item: 'CRM-TEAM', price: 119 }] },
    { line: 'analytics', tiers: [{ item: 'ANL-STARTER', price: 49 }, { item: 'ANL-PRO', price: 149 }, { item: 'ANL-ENT', price: 690 }] },
  ];

  it('offers the next tier above the highest owned, smallest relative step first', () => {
    expect(upSell(['CRM-BASIC', 'CRM-TEAM', 'ANL-STARTER'], ladders, 5)).toEqual([
      { item: 'CRM-BUSINESS', line: 'crm', from: 'CRM-TEAM', priceStep: 230,
        explanation: 'Owns CRM-TEAM (119), tier 2 of 3 in crm; CRM-BUSINESS is the next tier up (349, +230).' },
      { item: 'ANL-PRO', line: 'analytics', from: 'ANL-STARTER', priceStep: 100,
        explanation: 'Owns ANL-STARTER (49), tier 1 of 3 in analytics; ANL-PRO is the next tier up (149, +100).' },
    ]);
  });

  it('offers nothing on the top tier or in a line the person does not own', () => {
    expect(upSell(['CRM-BUSINESS'], ladders, 5)).toEqual([]);
    expect(upSell(['ANL-STARTER'], ladders, 5).map((u) => u.item)).toEqual(['ANL-PRO']);
  });
});
