import type { CompanySize, JobLevel } from '../schemas/enums';
import type { z } from 'zod';

/**
 * Lead scoring as data: points per event in the window (capped per rule, some
 * negative) plus fit points from the profile. Score is clamped to 0–100.
 */
export const LEAD_SCORING = {
  windowDays: 90,
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
  fit: {
    jobLevel: { executive: 15, director: 10, manager: 5, staff: 0 } satisfies Record<z.infer<typeof JobLevel>, number>,
    companySize: { '1-10': 0, '11-50': 3, '51-200': 6, '201-1000': 10, '1000+': 12 } satisfies Record<z.infer<typeof CompanySize>, number>,
  },
  bands: { warmFrom: 40, hotFrom: 70 },
} as const;
