import { describe, expect, it } from 'vitest';
import { leadScore } from './lead-score';

const none = { jobLevel: null, companySize: null } as const;

describe('lead score', () => {
  it('adds points per event and explains them, biggest first', () => {
    const result = leadScore({ eventCounts: { email_open: 3, pricing_page_view: 2 }, ...none });
    expect(result).toEqual({
      score: 23,
      band: 'cold',
      reasons: [{ rule: 'pricing_page_view', count: 2, points: 20 }, { rule: 'email_open', count: 3, points: 3 }],
    });
  });

  it('caps each rule so one habit cannot make a hot lead', () => {
    expect(leadScore({ eventCounts: { email_open: 500 }, ...none }).score).toBe(10);
  });

  it('takes points away for unsubscribes and bounces, never below zero', () => {
    const result = leadScore({ eventCounts: { pricing_page_view: 1, unsubscribe: 1, email_bounce: 5 }, ...none });
    expect(result.reasons).toEqual([
      { rule: 'unsubscribe', count: 1, points: -20 },
      { rule: 'email_bounce', count: 5, points: -20 },
      { rule: 'pricing_page_view', count: 1, points: 10 },
    ]);
    expect(result.score).toBe(0);
  });

  it('adds fit points from job level and company size, and bands at 40 and 70', () => {
    const warm = leadScore({ eventCounts: { demo_request: 1 }, jobLevel: 'executive', companySize: '1-10' });
    expect(warm).toMatchObject({ score: 40, band: 'warm' });
    expect(warm.reasons.map((r) => r.rule)).toEqual(['demo_request', 'job_level:executive']);
    const hot = leadScore({ eventCounts: { demo_request: 1, trial_start: 1 }, jobLevel: 'director', companySize: '1000+' });
    expect(hot).toMatchObject({ score: 67, band: 'warm' });
    expect(leadScore({ eventCounts: { demo_request: 1, trial_start: 1, download: 1 }, jobLevel: 'director', companySize: '1000+' }).band).toBe('hot');
  });

  it('ignores event types it has no rule for', () => {
    expect(leadScore({ eventCounts: { webinar_attended: 9 }, ...none })).toEqual({ score: 0, band: 'cold', reasons: [] });
  });

  it('never passes 100', () => {
    const all = { pricing_page_view: 9, demo_request: 9, trial_start: 9, form_submit: 9, download: 9 };
    expect(leadScore({ eventCounts: all, jobLevel: 'executive', companySize: '1000+' }).score).toBe(100);
  });
});
