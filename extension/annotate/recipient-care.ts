/**
 * Which recipient of a message calls for the most care: the angriest of those
 * whose satisfaction segment is dissatisfied or angry. Read from what their
 * badges already show, so that only that one person's tone guide is asked for.
 */
import type { SatisfactionSegment } from '../../shared/schemas/enums';
import type { BadgeSummary } from '../../shared/schemas/lookup';

/** The satisfaction segments that call for care, worst first. */
const CARE_SEGMENTS: readonly SatisfactionSegment[] = ['angry', 'dissatisfied'];

export const callsForCare = (segment: SatisfactionSegment) => CARE_SEGMENTS.includes(segment);

/** The address of the recipient to write to with the most care (the first of them on a tie); null when none calls for it, or none is known yet. */
export function recipientNeedingCare(recipients: Array<BadgeSummary | null>): string | null {
  let worst: { email: string; rank: number } | null = null;
  for (const recipient of recipients) {
    if (!recipient?.known) continue;
    const key = recipient.badges.find((b) => b.kind === 'satisfaction')?.key;
    const rank = CARE_SEGMENTS.indexOf(key as SatisfactionSegment);
    if (rank !== -1 && (!worst || rank < worst.rank)) worst = { email: recipient.email, rank };
  }
  return worst?.email ?? null;
}
