/** Custom segments: a named JsonLogic rule, with a priority among a person's badges. */
import { z } from 'zod';
import { SegmentRule } from '../models/segments/validate';
import { LocalizedText } from './offers';
import { somePatch } from './patch';

export const SegmentKey = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_-]{0,47}$/, 'must be 1–48 lower-case letters, digits, - or _');

export const SegmentInput = z.object({
  key: SegmentKey,
  name: LocalizedText,
  /** A JsonLogic rule over profile fields, scores and behaviour (see shared/models/segments/fields.ts). */
  rule: SegmentRule,
  /** Lower shows first among a person's badges; built-in segments rank 0–6 (anger, champions, …). */
  priority: z.number().int().min(0).max(10_000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366ff'),
});
export type SegmentInput = z.infer<typeof SegmentInput>;
export const SegmentUpdate = somePatch(SegmentInput.omit({ key: true }).partial());

export const Segment = SegmentInput.extend({ members: z.number().int(), updatedAt: z.string(), updatedBy: z.string().nullable() });
export type Segment = z.infer<typeof Segment>;

/** The membership a custom segment gives, as stored and as a badge. */
export const segmentMembership = (key: string) => `segment:${key}`;
