/** The offer to make: the first (by priority) active, currently valid offer that matches a person's segments or occasions. */
import type { OfferInput, SuggestedOffer } from '../schemas/offers';

export function suggestOffer(segments: ReadonlySet<string>, occasions: ReadonlySet<string>, offers: readonly OfferInput[], now: Date): SuggestedOffer | null {
  const today = now.toISOString().slice(0, 10);
  const offer = [...offers]
    .filter((o) => o.active && (!o.validFrom || o.validFrom <= today) && (!o.validTo || today <= o.validTo))
    .sort((a, b) => a.priority - b.priority)
    .find((o) => o.segments.some((s) => segments.has(s)) || o.occasions.some((o2) => occasions.has(o2)));
  if (!offer) return null;
  const { key, code, package: pkg, title, reason } = offer;
  return { key, code, package: pkg, title, reason };
}
