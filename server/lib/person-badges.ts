/**
 * A person's badges as the lookup and the card show them: the built-in ones
 * from the score columns, their tags, and the custom segments they are in
 * (labelled with the segments' names, ordered by the segments' priorities).
 */
import { builtInBadges, orderBadges } from '../../shared/models/contact-scores';
import type { Badge } from '../../shared/schemas/lookup';
import { segmentMembership, type SegmentInput } from '../../shared/schemas/segments';
import { badgeFigures, type BadgeColumns } from '../db/stored-scores';

/** The workspace's custom segments, by membership ("segment:<key>"), as labels and priorities. */
export function customSegmentLabels(segments: readonly SegmentInput[]) {
  return {
    byMembership: new Map(segments.map((s) => [segmentMembership(s.key), s])),
    priorities: new Map(segments.map((s) => [s.key, s.priority])),
  };
}
export type CustomSegmentLabels = ReturnType<typeof customSegmentLabels>;

/** `tags` and `memberships` as the lookup's query gives them: JSON arrays. */
export function personBadges(columns: BadgeColumns, tags: string, memberships: string, labels: CustomSegmentLabels): Badge[] {
  const custom = (JSON.parse(memberships) as string[]).flatMap((m): Badge[] => {
    const d = labels.byMembership.get(m);
    return d ? [{ kind: 'segment', key: d.key, label: d.name.en, labelFa: d.name.fa }] : [];
  });
  return orderBadges([...builtInBadges(badgeFigures(columns), JSON.parse(tags) as Array<{ slug: string; label: string }>), ...custom], labels.priorities);
}
