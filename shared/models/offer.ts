/**
 * The offer to make: the first (by priority) active, currently valid offer that
 * matches any segment a person is in — built-in, tag, custom — or their occasion.
 * Chosen when a person is read rather than stored with their scores: custom
 * segments are found after the scores, and offers change without a recompute.
 */
import type { OfferInput, SuggestedOffer } from '../schemas/offers';

/** `segments`: every segment the person is in, as "kind:key", their occasion as "occasion:key". */
export function suggestOffer(segments: ReadonlySet<string>, offers: readonly OfferInput[], now: Date): SuggestedOffer | null {
  for (const offer of validByPriority(offers, now.toISOString().slice(0, 10))) {
    const because: string[] = [];
    for (const segment of offer.segments) if (segments.has(segment)) because.push(segment);
    for (const occasion of offer.occasions) if (segments.has(`occasion:${occasion}`)) because.push(`occasion:${occasion}`);
    if (because.length === 0) continue;
    const { key, code, package: pkg, title, reason } = offer;
    return { key, code, package: pkg, title, reason, because };
  }
  return null;
}

/** The offers active and valid on `today`, by priority: found once for everyone a recompute matches against the same offers. */
const valid = new WeakMap<readonly OfferInput[], { today: string; offers: OfferInput[] }>();
function validByPriority(offers: readonly OfferInput[], today: string): OfferInput[] {
  let found = valid.get(offers);
  if (found?.today !== today) {
    found = {
      today,
      offers: offers.filter((o) => o.active && (!o.validFrom || o.validFrom <= today) && (!o.validTo || today <= o.validTo))
        .sort((a, b) => a.priority - b.priority),
    };
    valid.set(offers, found);
  }
  return found.offers;
}
