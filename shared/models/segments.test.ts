import { describe, expect, it } from 'vitest';
import { customer, statsOf } from '../../tests/support/customers';
import { DEFAULT_CONFIG } from '../data/default-config';
import { DEFAULT_OFFERS } from '../data/offers';
import { contactScores, orderBadges, type ContactFacts, type ContactScores } from './contact-scores';
import { displayName } from './display-name';
import { funnelPosition } from './funnel';
import { lifecycleStage } from './lifecycle';
import { suggestOffer } from './offer';
import { satisfactionSegment } from './satisfaction';
import { valueTier } from './value-tier';

describe('satisfaction', () => {
  const rules = DEFAULT_CONFIG.satisfaction;
  it.each([
    ['csat', 5, 'satisfied'], ['csat', 4, 'satisfied'], ['csat', 3, 'dissatisfied'], ['csat', 2, 'angry'], ['csat', 1, 'angry'],
    ['nps', 10, 'satisfied'], ['nps', 7, 'satisfied'], ['nps', 6, 'dissatisfied'], ['nps', 4, 'dissatisfied'], ['nps', 3, 'angry'], ['nps', 0, 'angry'],
  ] as const)('%s %i is %s', (kind, score, segment) => {
    expect(satisfactionSegment({ kind, score }, 0, rules)).toEqual({ segment, because: 'survey' });
  });

  it('lets recent complaints sour a good answer, and enough of them make anyone angry', () => {
    expect(satisfactionSegment({ kind: 'csat', score: 5 }, 1, rules)).toEqual({ segment: 'dissatisfied', because: 'complaints' });
    expect(satisfactionSegment({ kind: 'nps', score: 10 }, 2, rules)).toEqual({ segment: 'angry', because: 'complaints' });
    expect(satisfactionSegment(null, 1, rules)).toEqual({ segment: 'dissatisfied', because: 'complaints' });
    expect(satisfactionSegment(null, 0, rules)).toBeNull();
  });
});

describe('funnel', () => {
  const now = new Date('2026-06-15T00:00:00Z');
  const deal = (stage: 'free_trial' | 'formal_proposal' | 'negotiation' | 'intro', daysAgo: number) =>
    ({ title: 'Pilot', stage, stageChangedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString() });
  it.each([
    ['free_trial', 5, null], ['free_trial', 12, { key: 'trial_ending', days: 2 }], ['free_trial', 20, { key: 'trial_ended', days: 6 }],
    ['formal_proposal', 3, null], ['formal_proposal', 9, { key: 'proposal_unanswered', days: 9 }],
    ['negotiation', 20, { key: 'negotiation_stalled', days: 20 }], ['intro', 300, null],
  ] as const)('%s for %i days: %o', (stage, days, milestone) => {
    expect(funnelPosition(deal(stage, days), DEFAULT_CONFIG.funnel, now)).toMatchObject({ stage, daysInStage: days, milestone });
  });
});

describe('lifecycle', () => {
  it.each([
    [0, null, 'first_contact'], [1, 10, 'first_purchase'], [3, 10, 'repeat'], [5, 10, 'loyal'],
    [8, 200, 'at_risk'], [1, 179, 'first_purchase'], [1, 180, 'at_risk'], [12, 365, 'lost'],
  ] as const)('%i orders, last %s days ago: %s', (orders, days, stage) => {
    expect(lifecycleStage(orders, days, DEFAULT_CONFIG.lifecycle)).toBe(stage);
  });
});

describe('value tier', () => {
  const stats = statsOf(Array.from({ length: 20 }, (_, i) => customer(1, 1, (i + 1) * 10)));
  it('is gold from the 80th percentile, low below the 40th, VIP from the 95th, none without orders', () => {
    expect(valueTier(200, 1, stats)).toEqual({ tier: 'gold', vip: true });
    expect(valueTier(170, 1, stats)).toEqual({ tier: 'gold', vip: false });
    expect(valueTier(169, 1, stats)).toEqual({ tier: 'regular', vip: false });
    expect(valueTier(90, 1, stats)).toEqual({ tier: 'regular', vip: false });
    expect(valueTier(89, 1, stats)).toEqual({ tier: 'low', vip: false });
    expect(valueTier(0, 0, stats)).toBeNull();
  });
});

describe('offers', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const offer = (segments: string[]) => suggestOffer(new Set(segments), DEFAULT_OFFERS, now);

  it('puts service recovery for an angry customer before any discount', () => {
    expect(offer(['value:gold', 'satisfaction:angry'])).toMatchObject({ key: 'service_recovery', code: null });
    expect(offer(['value:gold', 'rfm:champions'])).toMatchObject({ key: 'vip_care', code: 'VIP-CARE' });
    expect(offer(['lead:cold'])).toBeNull();
  });

  it('gives the title and reason in both languages', () => {
    expect(offer(['funnel:free_trial'])).toMatchObject({
      title: { en: '20% off the first year', fa: '۲۰٪ تخفیف سال اول' },
      reason: { en: 'On a free trial: help them convert before it ends.' },
    });
  });

  it('suggests only active offers inside their validity window, and offers for occasions', () => {
    const nowruz = { ...DEFAULT_OFFERS[0]!, key: 'nowruz', priority: 1, segments: [], occasions: ['nowruz'], validFrom: '2026-03-01', validTo: '2026-03-31' };
    const pick = (at: string, offers = [nowruz, ...DEFAULT_OFFERS]) => suggestOffer(new Set(['rfm:loyal', 'occasion:nowruz']), offers, new Date(at))?.key;
    expect(pick('2026-03-10T00:00:00Z')).toBe('nowruz');
    expect(pick('2026-04-01T00:00:00Z')).toBe('loyalty_reward');
    expect(pick('2026-03-10T00:00:00Z', [{ ...nowruz, active: false }, ...DEFAULT_OFFERS])).toBe('loyalty_reward');
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
  const stats = statsOf(Array.from({ length: 10 }, (_, i) => customer((i + 1) * 10, i + 1, (i + 1) * 100)));
  const facts = (over: Partial<ContactFacts>): ContactFacts => ({
    orders: { count: 0, revenue: 0, lastOrderedAt: null }, purchases: null, events: [], recentComplaints: 0, latestSurvey: null, openDeal: null, tags: [],
    properties: {}, person: { name: 'Sam Lee', honorific: null, gender: null, locale: 'en', birthday: null, jobTitle: null },
    productLines: [], skus: [], ...over,
  });
  const offerFor = (s: ContactScores) => suggestOffer(new Set(s.segments), DEFAULT_OFFERS, now);
  const scores = (f: ContactFacts) => contactScores(f, stats, DEFAULT_CONFIG, now);

  it('makes a lead of someone who never bought, with no RFM or value tier', () => {
    const s = scores(facts({}));
    expect(s).toMatchObject({ rfm: null, valueTier: null, lifecycle: 'first_contact', realisedRevenue: 0 });
    expect(offerFor(s)).toBeNull();
    expect(s.badges).toEqual([{ kind: 'lifecycle', key: 'first_contact', label: 'Lead' }]);
    expect(s.segments).toEqual(['lifecycle:first_contact', 'lead:cold']);
  });

  it('scores a champion and puts anger first among the badges', () => {
    const s = scores(facts({
      orders: { count: 10, revenue: 1000, lastOrderedAt: '2026-05-30T00:00:00Z' },
      latestSurvey: { kind: 'csat', score: 1, respondedAt: '2026-05-31T00:00:00Z' },
      tags: [{ slug: 'newsletter', label: 'Newsletter' }],
    }));
    expect(s.rfm).toEqual({ r: 5, f: 5, m: 5, segment: 'champions' });
    expect(s.badges.map((b) => `${b.kind}:${b.key}`)).toEqual(['satisfaction:angry', 'rfm:champions', 'value:gold', 'value:vip', 'lifecycle:loyal', 'tag:newsletter']);
    expect(offerFor(s)?.key).toBe('service_recovery');
  });

  it('keeps quiet badges (cold lead, regular value) off the inline list', () => {
    expect(orderBadges([{ kind: 'lead', key: 'cold', label: '' }, { kind: 'value', key: 'regular', label: '' }, { kind: 'tag', key: 'x', label: 'X' }]))
      .toEqual([{ kind: 'tag', key: 'x', label: 'X' }]);
  });

  it('reports the open deal as the funnel stage', () => {
    const s = scores(facts({ openDeal: { title: 'Pilot', stage: 'negotiation', stageChangedAt: '2026-05-01T00:00:00Z' } }));
    expect(s.funnel).toEqual({ stage: 'negotiation', since: '2026-05-01T00:00:00Z', deal: 'Pilot', daysInStage: 31, milestone: { key: 'negotiation_stalled', days: 31 } });
    expect(offerFor(s)?.key).toBe('closing_incentive');
  });
});
