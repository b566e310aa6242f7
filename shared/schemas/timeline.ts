/**
 * A person's timeline: what they did and what was done about them (events,
 * orders, survey answers, deal stage changes, tags), newest first, in one list.
 */
import { z } from 'zod';
import { OrderLine } from './activity';
import * as E from './enums';

export const TIMELINE_KINDS = ['event', 'order', 'survey', 'deal_stage', 'tag'] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** Every entry: its kind, the id of its row (within its kind) and when it happened, in UTC. */
const entry = <K extends TimelineKind, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), id: z.number().int(), at: z.string(), ...shape });

export const TimelineEntry = z.discriminatedUnion('kind', [
  entry('event', { type: z.string(), properties: z.record(z.string(), z.unknown()) }),
  entry('order', { externalId: z.string(), amount: z.number(), currency: z.string(), lines: z.array(OrderLine) }),
  entry('survey', { surveyKind: E.SurveyKind, score: z.number().int(), comment: z.string().nullable() }),
  entry('deal_stage', { dealId: z.number().int(), deal: z.string(), fromStage: E.DealStage.nullable(), toStage: E.DealStage, changedBy: z.string().nullable() }),
  entry('tag', { slug: z.string(), label: z.string(), color: z.string(), appliedBy: z.string().nullable(), sourceHost: z.string().nullable() }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/**
 * Where a page ends: the last entry's time, kind and id. Entries sort by all
 * three, newest first, so entries at the same instant are neither repeated
 * nor skipped from one page to the next.
 */
export type TimelinePosition = { at: string; kind: TimelineKind; id: number };

const CURSOR = new RegExp(`^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?Z)~(${TIMELINE_KINDS.join('|')})~([1-9]\\d{0,15})$`);

export const timelineCursor = (p: TimelinePosition) => `${p.at}~${p.kind}~${p.id}`;

/** A page's `nextCursor`, as given: the API does not take one it did not make. */
export const TimelineCursor = z.string().regex(CURSOR, 'must be a nextCursor from a page of this timeline')
  .meta({ examples: ['2025-06-01T06:30:00.000Z~order~12'] });

/** The position a valid cursor names. */
export function timelinePosition(cursor: string): TimelinePosition {
  const [, at, kind, id] = CURSOR.exec(cursor)!;
  return { at: at!, kind: kind as TimelineKind, id: Number(id) };
}

export const TimelinePage = z.object({ items: z.array(TimelineEntry), nextCursor: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
