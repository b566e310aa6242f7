import { OFFERS } from '../data/offers';
import { en } from '../i18n/en';
import type { Offer } from '../schemas/lookup';

/** The best offer for someone in these segments ("kind:key" strings), or null. */
export function suggestOffer(segments: ReadonlySet<string>, offers = OFFERS): Offer | null {
  const offer = offers.find((o) => o.when.some((s) => segments.has(s)));
  if (!offer) return null;
  const reasonKey = `offer.${offer.key}.reason` as keyof typeof en;
  return { key: offer.key, code: offer.code, reason: en[reasonKey] ?? offer.key };
}
