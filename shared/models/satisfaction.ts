/** Satisfaction segment from the latest survey answer and recent complaints. */
import type { SatisfactionRules } from '../schemas/config';
import type { SatisfactionSegment, SurveyKind } from '../schemas/enums';

export type SurveyAnswer = { kind: SurveyKind; score: number };
export type SatisfactionReason = 'survey' | 'complaints';

/**
 * By the latest answer's scale (CSAT 1–5, NPS 0–10); recent complaints then
 * make a satisfied person dissatisfied, and enough of them make anyone angry.
 * Null when there is neither an answer nor a complaint.
 */
export function satisfactionSegment(answer: SurveyAnswer | null, recentComplaints: number, rules: SatisfactionRules):
  { segment: SatisfactionSegment; because: SatisfactionReason } | null {
  if (recentComplaints >= rules.complaintsForAngry) return { segment: 'angry', because: 'complaints' };
  if (!answer) return recentComplaints > 0 ? { segment: 'dissatisfied', because: 'complaints' } : null;
  const scale = rules[answer.kind];
  const bySurvey: SatisfactionSegment = answer.score >= scale.satisfiedFrom ? 'satisfied' : answer.score < scale.angryBelow ? 'angry' : 'dissatisfied';
  if (bySurvey === 'satisfied' && recentComplaints > 0) return { segment: 'dissatisfied', because: 'complaints' };
  return { segment: bySurvey, because: 'survey' };
}
