import { describe, expect, it } from 'vitest';
import { LEAD_SCORING } from '../data/lead-scoring-rules';
import type { LeadScoringRules } from '../schemas/config';
import { leadScore } from './lead-score';

const noDecay: LeadScoringRules = { ...LEAD_SCORING, halfLifeDays: null };
const today = (counts: Record<string, number>) => Object.entries(counts).map(([type, count]) => ({ type, ageDays: 0, count }));

describe('lead score', () => {
  it('adds points per event and explains them, biggest first', () => {
    const result = leadScore({ events: today({ email_open: 3, pricing_page_view: 2 }), properties: {} }, noDecay);
    expect(result).toMatchObject({ score: 23, band: 'cold', engagement: 23, fit: 0, grade: 'C2', qualification: 'none' });
    expect(result.reasons).toEqual([{ rule: 'pricing_page_view', count: 2, points: 20 }, { rule: 'email_open', count: 3, points: 3 }]);
  });

  it('halves an event\'s points every half-life and ignores events past the window', () => {
    const events = [{ type: 'pricing_page_view', ageDays: 0, count: 1 }, { type: 'pricing_page_view', ageDays: 30, count: 2 }, { type: 'pricing_page_view', ageDays: 90, count: 5 }];
    // 10 + 2 × 10 × ½ = 20; the 90-day-old views are outside the 90-day window.
    expect(leadScore({ events, properties: {} }).reasons).toEqual([{ rule: 'pricing_page_view', count: 3, points: 20 }]);
  });

  it('caps each rule so one habit cannot make a hot lead', () => {
    expect(leadScore({ events: today({ email_open: 500 }), properties: {} }).score).toBe(10);
  });

  it('takes points away for unsubscribes and bounces, never below zero', () => {
    const result = leadScore({ events: today({ pricing_page_view: 1, unsubscribe: 1, email_bounce: 5 }), properties: {} });
    expect(result.reasons).toEqual([
      { rule: 'unsubscribe', count: 1, points: -20 },
      { rule: 'email_bounce', count: 5, points: -20 },
      { rule: 'pricing_page_view', count: 1, points: 10 },
    ]);
    expect(result.score).toBe(0);
  });

  it('adds fit points from profile and company properties, graded separately from engagement', () => {
    const warm = leadScore({ events: today({ demo_request: 1 }), properties: { jobLevel: 'executive', companySize: '1-10' } });
    expect(warm).toMatchObject({ score: 40, band: 'warm', fit: 15, engagement: 25, grade: 'B2', qualification: 'none' });
    expect(warm.reasons.map((r) => r.rule)).toEqual(['demo_request', 'jobLevel:executive']);
  });

  it('qualifies marketing leads by score, sales leads by score and fit', () => {
    const engaged = today({ demo_request: 1, trial_start: 1, pricing_page_view: 3 });
    expect(leadScore({ events: engaged, properties: {} })).toMatchObject({ score: 75, grade: 'C1', qualification: 'mql' });
    expect(leadScore({ events: engaged, properties: { jobLevel: 'director' } })).toMatchObject({ score: 85, grade: 'B1', qualification: 'sql', band: 'hot' });
  });

  it('ignores event types it has no rule for, and never passes 100', () => {
    expect(leadScore({ events: today({ webinar_attended: 9 }), properties: {} })).toMatchObject({ score: 0, reasons: [] });
    const all = today({ pricing_page_view: 9, demo_request: 9, trial_start: 9, form_submit: 9, download: 9 });
    expect(leadScore({ events: all, properties: { jobLevel: 'executive', companySize: '1000+' } }).score).toBe(100);
  });
});
