import { describe, expect, it } from 'vitest';
import { evaluateSegment, type SegmentContext } from './evaluate';
import { InvalidSegmentDefinition } from './validate';

const NOW = new Date('2026-03-21T09:30:00.000Z');
const DAY_MS = 86_400_000;
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY_MS + ms).toISOString();

/** Rows as drizzle returns them: camelCase columns, the scores row with its own names. */
const person: SegmentContext = {
  profile: { id: 1, name: 'Ava', city: 'Tehran', gender: 'female', interests: [], consentMarketing: true, birthday: null },
  score: { contactId: 1, leadScore: 0, leadBand: 'cold', realisedRevenue: 12.5 },
  events: [
    { type: 'pricing_page_view', occurredAt: ago(30) },
    { type: 'pricing_page_view', occurredAt: ago(30, -1) },
    { type: 'pricing_page_view', occurredAt: ago(-1) },
    { type: 'email_open', occurredAt: ago(1) },
  ],
  orders: [{ amount: 0.1, orderedAt: ago(2) }, { amount: 0.2, orderedAt: ago(3) }, { amount: 99, orderedAt: ago(400) }],
  tags: ['vip'],
};

const is = (rule: unknown, context = person) => evaluateSegment({ rule }, context, NOW);

describe('evaluating a segment in memory', () => {
  it('reads profile fields by their camelCase names and scores by the catalogue names', () => {
    expect(is({ '==': [{ var: 'profile.city' }, 'Tehran'] })).toBe(true);
    expect(is({ '==': [{ var: 'score.lead' }, 0] })).toBe(true);
    expect(is({ '==': [{ var: 'score.revenue' }, 12.5] })).toBe(true);
    expect(is({ '==': [{ var: 'score.leadBand' }, 'cold'] })).toBe(true);
  });

  it('treats an unscored person and an absent column as null', () => {
    const unscored = { ...person, score: null };
    expect(is({ '==': [{ var: 'score.lead' }, null] }, unscored)).toBe(true);
    expect(is({ missing: ['score.leadBand'] }, unscored)).toBe(true);
    expect(is({ '==': [{ var: 'profile.province' }, null] })).toBe(true);
  });

  it('follows JsonLogic: [] and 0 are false, null orders as 0, and == converts', () => {
    expect(is({ var: 'profile.interests' })).toBe(false);
    expect(is({ '!': { var: 'score.lead' } })).toBe(true);
    expect(is({ '==': [{ var: 'score.lead' }, ''] })).toBe(true);
    expect(is({ '<': [{ var: 'score.lead' }, 1] }, { ...person, score: null })).toBe(true);
    expect(is({ '<': [{ var: 'score.lead' }, 'abc'] })).toBe(false);
    expect(is({ '==': [{ var: 'profile.consentMarketing' }, 1] })).toBe(true);
    expect(is({ '===': [{ var: 'profile.consentMarketing' }, 1] })).toBe(false);
  });

  it('counts events of a type in the window: its start included, a moment earlier and the future not', () => {
    expect(is({ '==': [{ events_in_last_days: ['pricing_page_view', 30] }, 1] })).toBe(true);
    expect(is({ '==': [{ events_in_last_days: ['email_open', 1] }, 1] })).toBe(true);
    expect(is({ events_in_last_days: ['download', 365] })).toBe(false);
  });

  it('counts orders and sums their amounts exactly, in cents', () => {
    expect(is({ '==': [{ orders_in_last_days: [7] }, 2] })).toBe(true);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(is({ '==': [{ revenue_in_last_days: [7] }, 0.3] })).toBe(true);
    expect(is({ '==': [{ revenue_in_last_days: [365 * 2] }, 99.3] })).toBe(true);
  });

  it('tells whether the person has a tag', () => {
    expect(is({ has_tag: ['vip'] })).toBe(true);
    expect(is({ has_tag: ['loyal'] })).toBe(false);
  });

  it('refuses a definition that does not validate, naming the fault', () => {
    expect(() => is({ map: [[1], true] })).toThrow(InvalidSegmentDefinition);
    expect(() => is({ var: 'profile.cty' })).toThrow('rule.var: unknown field "profile.cty"');
  });
});
