/**
 * Lead score: engagement points from recent events (fading with age, capped
 * per rule) plus fit points from the person's and company's properties;
 * combined into a 0–100 score, a band, a grade (fit letter + engagement
 * digit, "A1" best) and a qualification (MQL, SQL).
 */
import { LEAD_SCORING } from '../data/lead-scoring-rules';
import type { FitProperty, LeadScoringRules } from '../schemas/config';
import type { LeadBand, LeadQualification } from '../schemas/enums';
import type { ScoreReason } from '../schemas/lookup';

export type LeadInputs = {
  /** Events in the scoring window, counted per type and age in whole days. */
  events: ReadonlyArray<{ type: string; ageDays: number; count: number }>;
  properties: Partial<Record<FitProperty, string | null>>;
};

export type LeadScore = {
  score: number;
  band: LeadBand;
  fit: number;
  engagement: number;
  grade: string;
  qualification: LeadQualification;
  reasons: ScoreReason[];
};

const clamp = (n: number) => Math.max(0, Math.min(100, n));

export function leadScore(inputs: LeadInputs, rules: LeadScoringRules = LEAD_SCORING): LeadScore {
  // Each type's events counted and weighted by age once, however many rules read them.
  const byType = new Map<string, { count: number; weighted: number }>();
  for (const e of inputs.events) {
    if (e.ageDays >= rules.windowDays) continue;
    const seen = byType.get(e.type) ?? { count: 0, weighted: 0 };
    seen.count += e.count;
    seen.weighted += e.count * (rules.halfLifeDays ? 0.5 ** (e.ageDays / rules.halfLifeDays) : 1);
    byType.set(e.type, seen);
  }
  const reasons: ScoreReason[] = [];
  for (const rule of rules.engagement) {
    const seen = byType.get(rule.event);
    if (!seen) continue;
    const raw = seen.weighted * rule.points;
    const points = Math.round(rule.points < 0 ? Math.max(raw, rule.cap) : Math.min(raw, rule.cap));
    if (points !== 0) reasons.push({ rule: rule.event, count: seen.count, points });
  }
  const engagement = clamp(reasons.reduce((sum, r) => sum + r.points, 0));
  const fitReasons = rules.fit
    .filter((f) => inputs.properties[f.property] === f.value)
    .map((f): ScoreReason => ({ rule: `${f.property}:${f.value}`, count: 1, points: f.points }));
  const fit = clamp(fitReasons.reduce((sum, r) => sum + r.points, 0));

  const score = clamp(engagement + fit);
  const band: LeadBand = score >= rules.bands.hotFrom ? 'hot' : score >= rules.bands.warmFrom ? 'warm' : 'cold';
  const letter = fit >= rules.grade.fit.A ? 'A' : fit >= rules.grade.fit.B ? 'B' : 'C';
  const digit = engagement >= rules.grade.engagement[1] ? 1 : engagement >= rules.grade.engagement[2] ? 2 : 3;
  const qualification: LeadQualification = score >= rules.qualification.sqlFrom && letter !== 'C' ? 'sql'
    : score >= rules.qualification.mqlFrom ? 'mql' : 'none';
  return {
    score, band, fit, engagement, grade: `${letter}${digit}`, qualification,
    reasons: [...reasons, ...fitReasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points)),
  };
}
