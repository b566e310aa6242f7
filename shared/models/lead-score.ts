/** Lead score: engagement points from recent events plus fit points from the profile. */
import { LEAD_SCORING } from '../data/lead-scoring-rules';
import type { CompanySize, JobLevel, LeadBand } from '../schemas/enums';
import type { ScoreReason } from '../schemas/lookup';
import type { z } from 'zod';

export type LeadInputs = {
  /** Events per type within the scoring window. */
  eventCounts: Readonly<Record<string, number>>;
  jobLevel: z.infer<typeof JobLevel> | null;
  companySize: z.infer<typeof CompanySize> | null;
};

export type LeadScore = { score: number; band: LeadBand; reasons: ScoreReason[] };

export function leadScore(inputs: LeadInputs, rules = LEAD_SCORING): LeadScore {
  const reasons: ScoreReason[] = [];
  for (const rule of rules.engagement) {
    const count = inputs.eventCounts[rule.event] ?? 0;
    if (count === 0) continue;
    const raw = count * rule.points;
    reasons.push({ rule: rule.event, count, points: rule.points < 0 ? Math.max(raw, rule.cap) : Math.min(raw, rule.cap) });
  }
  if (inputs.jobLevel && rules.fit.jobLevel[inputs.jobLevel]) {
    reasons.push({ rule: `job_level:${inputs.jobLevel}`, count: 1, points: rules.fit.jobLevel[inputs.jobLevel] });
  }
  if (inputs.companySize && rules.fit.companySize[inputs.companySize]) {
    reasons.push({ rule: `company_size:${inputs.companySize}`, count: 1, points: rules.fit.companySize[inputs.companySize] });
  }
  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const score = Math.max(0, Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0)));
  const band: LeadBand = score >= rules.bands.hotFrom ? 'hot' : score >= rules.bands.warmFrom ? 'warm' : 'cold';
  return { score, band, reasons };
}
