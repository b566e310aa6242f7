/** Satisfaction segment from the latest survey answer. */
import type { SatisfactionSegment, SurveyKind } from '../schemas/enums';

export type SurveyAnswer = { kind: SurveyKind; score: number };

/** CSAT 4–5 satisfied, 3 dissatisfied, 1–2 angry; NPS 7–10 satisfied, 4–6 dissatisfied, 0–3 angry. */
export function satisfactionSegment({ kind, score }: SurveyAnswer): SatisfactionSegment {
  const [angryBelow, satisfiedFrom] = kind === 'csat' ? [3, 4] : [4, 7];
  return score >= satisfiedFrom ? 'satisfied' : score < angryBelow ? 'angry' : 'dissatisfied';
}
