/** Offers: what to propose to whom (by segment or occasion), when, and why. */
import { z } from 'zod';
import { SegmentRef } from './segment-ref';
import { somePatch } from './patch';

export const LocalizedText = z.object({ en: z.string().trim().min(1).max(300), fa: z.string().trim().min(1).max(300) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const OfferKey = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_-]{0,47}$/, 'must be 1–48 lower-case letters, digits, - or _');
const day = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

const OfferFields = z.object({
  key: OfferKey,
  /** Lower comes first when several offers apply. */
  priority: z.number().int().min(0).max(10_000),
  /** A discount code to give, or null. */
  code: z.string().trim().min(1).max(40).nullable(),
  /** What the offer contains beyond a code (a package, a service), in both languages, or null. */
  package: LocalizedText.nullable(),
  segments: z.array(SegmentRef).max(50),
  /** Occasion keys (e.g. nowruz, birthday) within their lead time. */
  occasions: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'must be an occasion key')).max(20),
  title: LocalizedText,
  reason: LocalizedText,
  validFrom: day.nullable(),
  validTo: day.nullable(),
  active: z.boolean(),
});

const consistent = <T extends z.ZodType<Partial<z.infer<typeof OfferFields>>>>(schema: T) => schema
  .refine((o) => !o.segments || !o.occasions || o.segments.length + o.occasions.length > 0, { error: 'an offer needs at least one segment or occasion', path: ['segments'] })
  .refine((o) => !o.validFrom || !o.validTo || o.validFrom <= o.validTo, { error: 'validTo must not be before validFrom', path: ['validTo'] });

export const OfferInput = consistent(OfferFields);
export type OfferInput = z.infer<typeof OfferFields>;
/** A change to some of an offer's fields (its key stays). */
export const OfferUpdate = somePatch(consistent(OfferFields.omit({ key: true }).partial()));

export const Offer = OfferFields.extend({
  redemptions: z.number().int().describe('Times redeemed (offer_redeemed events)'),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof Offer>;

/** An offer as suggested for one person: what the overlay shows. */
export const SuggestedOffer = z.object({
  key: z.string(),
  code: z.string().nullable(),
  package: LocalizedText.nullable(),
  title: LocalizedText,
  reason: LocalizedText,
  /** The person's segments ("kind:key") and occasions ("occasion:key") it was chosen for. */
  because: z.array(z.string()),
});
export type SuggestedOffer = z.infer<typeof SuggestedOffer>;
