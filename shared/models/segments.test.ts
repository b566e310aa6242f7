import { describe, expect, it } from 'vitest';
import { contactScores, orderBadges, type ContactFacts } from './contact-scores';
import { displayName } from './display-name';
import { lifecycleStage } from './lifecycle';
import { suggestOffer } from './offer';
import { populationStats } from './population';
import { satisfactionSegment } from './satisfaction';
import { valueTier } from './value-tier';

describe('satisfaction', () => {
  it.each([
    ['csat', 5, 'satisfied'], ['csat', 4, 'satisfied'], ['csat', 3, 'dissatisfied'], ['csat', 2, 'angry'], ['csat', 1, 'angry'],
    ['nps', 10, 'satisfied'], ['nps', 7, 'satisfied'], ['nps', 6, 'dissatisfied'], ['nps', 4, 'dissatisfied'], ['nps', 3, 'angry'], ['nps', 0, 'angry'],
  ] as const)('%s %i is %s', (kind, score, segment) => {
    expect(satisfactionSegment({ kind, score })).toBe(segment);
  });
});

describe('lifecycle', () => {
  it.each([
    [0, null, 'first_contact'], [1, 10, 'first_purchase'], [3, 10, 'repeat'], [5, 10, 'loyal'],
    [8, 200, 'at_risk'], [1, 179, 'first_purchase'], [1, 180, 'at_risk'], [12, 365, 'lost'],
  ] as const)('%i orders, last %s days ago: %s', (orders, days, stage) => {
    expect(lifecycleStage(orders, days)).toBe(stage);
  });
});

describe('value tier', () => {
  const stats = populationStats(Array.from({ length: 10 }, (_, i) => ({ recencyDays: 1, frequency: 1, monetary: (i + 1) * 10 })));
  it('is gold from the 80th percentile, low below the 40th, none without orders', () => {
    expect(valueTier(90, 1, stats)).toBe('gold');
    expect(valueTier(89, 1, stats)).toBe('regular');
    expect(valueTier(50, 1, stats)).toBe('regular');
    expect(valueTier(49, 1, stats)).toBe('low');
    expect(valueTier(0, 0, stats)).toBeNull();
  });
});

describe('offers', () => {
  it('puts service recovery for an angry customer before any discount', () => {
    expect(suggestOffer(new Set(['value:gold', 'satisfaction:angry']))).toMatchObject({ key: 'service_recovery', code: null });
    expect(suggestOffer(new Set(['value:gold', 'rfm:champions']))).toMatchObject({ key: 'vip_care', code: 'VIP-CARE' });
    expect(suggestOffer(new Set(['lead:cold']))).toBeNull();
  });

  it('gives the English reason with the offer', () => {
    expect(suggestOffer(new Set(['funnel:free_trial']))!.reason).toBe('On a free trial: help them convert before it ends.');
  });
});

describe('display name', () => {
  it('puts the title in the script the name is written in', () => {
    expect(displayName('Sara Rezaei', 'dr')).toBe('Dr. Sara Rezaei');
    expect(displayName('سارا رضایی', 'dr')).toBe('دکتر سارا رضایی');
    expect(displayName('مهدی کریمی', 'eng')).toBe('مهندس مهدی کریمی');
    expect(displayName('Emma Clarke', null)).toBe('Emma Clarke');
  });
});

describe('contact scores', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const stats = populationStats(Array.from({ length: 10 }, (_, i) => ({ recencyDays: (i + 1) * 10, frequency: i + 1, monetary: (i + 1) * 100 })));
  const facts = (over: Partial<ContactFacts>): ContactFacts => ({
    orders: { count: 0, revenue: 0, lastOrderedAt: null }, eventCounts: {}, latestSurvey: null, openDeal: null, tags: [],
    jobLevel: null, companySize: null, ...over,
  });

  it('makes a lead of someone who never bought, with no RFM or value tier', () => {
    const s = contactScores(facts({}), stats, now);
    expect(s).toMatchObject({ rfm: null, valueTier: null, lifecycle: 'first_contact', realisedRevenue: 0, offer: null });
    expect(s.badges).toEqual([{ kind: 'lifecycle', key: 'first_contact', label: 'Lead' }]);
    expect(s.segments).toEqual(['lifecycle:first_contact', 'lead:cold']);
  });

  it('scores a champion and puts anger first among the badges', () => {
    const s = contactScores(facts({
      orders: { count: 10, revenue: 1000, lastOrderedAt: '2026-05-30T00:00:00Z' },
      latestSurvey: { kind: 'csat', score: 1, respondedAt: '2026-05-31T00:00:00Z' },
      tags: [{ slug: 'vip', label: 'VIP' }],
    }), stats, now);
    expect(s.rfm).toEqual({ r: 5, f: 5, m: 5, segment: 'champions' });
    expect(s.badges.map((b) => `${b.kind}:${b.key}`)).toEqual(['satisfaction:angry', 'rfm:champions', 'value:gold', 'lifecycle:loyal', 'tag:vip']);
    expect(s.offer?.key).toBe('service_recovery');
  });

  it('keeps quiet badges (cold lead, regular value) off the inline list', () => {
    expect(orderBadges([{ kind: 'lead', key: 'cold', label: '' }, { kind: 'value', key: 'regular', label: '' }, { kind: 'tag', key: 'x', label: 'X' }]))
      .toEqual([{ kind: 'tag', key: 'x', label: 'X' }]);
  });

  it('reports the open deal as the funnel stage', () => {
    const s = contactScores(facts({ openDeal: { title: 'Pilot', stage: 'negotiation', stageChangedAt: '2026-05-01T00:00:00Z' } }), stats, now);
    expect(s.funnel).toEqual({ stage: 'negotiation', since: '2026-05-01T00:00:00Z', deal: 'Pilot' });
    expect(s.offer?.key).toBe('closing_incentive');
  });
});
