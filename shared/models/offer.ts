/** The offer to make: the first (by priority) active, currently valid offer that matches a person's segments or occasions. */
import type { OfferInput, SuggestedOffer } from '../schemas/offers';

export function suggestOffer(segments: ReadonlySet<string>, occasions: ReadonlySet<string>, offers: readonly OfferInput[], now: Date): SuggestedOffer | null {
  const today = now.toISOString().slice(0, 10);
  const because = (o: OfferInput) => [...o.segments.filter((s) => segments.has(s)), ...o.occasions.filter((s) => occasions.has(s)).map((s) => `occasion:${s}`)];
  const offer = [...offers]
    .filter((o) => o.active && (!o.validFrom || o.validFrom <= today) && (!o.validTo || today <= o.validTo))
    .sort((a, b) => a.priority - b.priority)
    .find((o) => because(o).length > 0);
  if (!offer) return null;
  const { key, code, package: pkg, title, reason } = offer;
  return { key, code, package: pkg, title, reason, because: because(offer) };
}
