import type { LeadScoringRules } from '../schemas/config';

/**
 * Default lead scoring, after Mautic's and HubSpot's: engagement points per
 * event, fading with a 30-day half-life over a 90-day window and capped per
 * rule (unsubscribes and bounces count against), plus fit points from the
 * person's and their company's properties.
 */
export const LEAD_SCORING: LeadScoringRules = {
  windowDays: 90,
  halfLifeDays: 30,
  engagement: [
    { event: 'pricing_page_view', points: 10, cap: 30 },
    { event: 'demo_request', points: 25, cap: 25 },
    { event: 'trial_start', points: 20, cap: 20 },
    { event: 'form_submit', points: 12, cap: 24 },
    { event: 'download', points: 8, cap: 24 },
    { event: 'email_click', points: 3, cap: 15 },
    { event: 'email_open', points: 1, cap: 10 },
    { event: 'social_share', points: 4, cap: 12 },
    { event: 'social_like', points: 2, cap: 6 },
    { event: 'page_view', points: 1, cap: 10 },
    { event: 'unsubscribe', points: -20, cap: -20 },
    { event: 'email_bounce', points: -10, cap: -20 },
  ],
  fit: [
    { property: 'jobLevel', value: 'executive', points: 15 },
    { property: 'jobLevel', value: 'director', points: 10 },
    { property: 'jobLevel', value: 'manager', points: 5 },
    { property: 'companySize', value: '11-50', points: 3 },
    { property: 'companySize', value: '51-200', points: 6 },
    { property: 'companySize', value: '201-1000', points: 10 },
    { property: 'companySize', value: '1000+', points: 12 },
  ],
  grade: { fit: { A: 20, B: 10 }, engagement: { 1: 50, 2: 20 } },
  bands: { warmFrom: 40, hotFrom: 70 },
  qualification: { mqlFrom: 50, sqlFrom: 75 },
};
