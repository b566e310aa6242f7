import { SCORES_VERSION } from '../../../shared/models/contact-scores';
import { displayName } from '../../../shared/models/display-name';
import { suggestOffer } from '../../../shared/models/offer';
import { TONE_GUIDES } from '../../../shared/data/tone-guides';
import type { KnownPerson } from '../../../shared/schemas/lookup';
import type { AppRouteHandler } from '../../app-env';
import { fromStored } from '../../db/stored-scores';
import { customSegmentLabels, personBadges } from '../../lib/person-badges';
import { notFound } from '../../lib/problem';
import type { card as cardRoute } from './cards.routes';

export const card: AppRouteHandler<typeof cardRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const [row, segments, offers, currency] = await Promise.all([
    c.var.repos.lookup.card(id), c.var.engine.segments(), c.var.engine.offers(), c.var.engine.currency(),
  ]);
  // Not scored yet, or by an older version being recomputed: no card rather than a half-drawn one.
  if (!row || row.detail.version !== SCORES_VERSION) throw notFound(`Contact ${id}`);
  const s = fromStored(row.scores, row.detail, JSON.parse(row.tags) as Array<{ slug: string; label: string }>);
  const person: KnownPerson = {
    email: row.email,
    known: true,
    contactId: row.contactId,
    name: row.name,
    honorific: row.honorific,
    displayName: displayName(row.name, row.honorific),
    locale: row.locale,
    company: row.company,
    badges: personBadges(row.scores, row.tags, row.customSegments, customSegmentLabels(segments)),
    leadScore: s.lead,
    rfm: s.rfm,
    satisfaction: s.satisfaction && { ...s.satisfaction, tone: TONE_GUIDES[s.satisfaction.segment] },
    valueTier: s.valueTier,
    vip: s.vip,
    lifetimeValue: {
      currency,
      realised: s.realisedRevenue,
      orders: s.orders,
      predicted: s.lifetime?.predictedValue ?? null,
      probabilityAlive: s.lifetime?.probabilityAlive ?? null,
      churnRisk: s.lifetime?.churnRisk ?? null,
    },
    lifecycle: s.lifecycle,
    funnel: s.funnel,
    offer: suggestOffer(new Set([...s.segments, ...(JSON.parse(row.customSegments) as string[])]), offers, new Date()),
    occasion: s.occasion,
    group: s.group,
    crossSell: s.crossSell,
    upSell: s.upSell.map(({ explanation: _why, ...step }) => step),
    computedAt: row.scores.computedAt,
  };
  // The client keeps it and asks again with its ETag each time the card opens.
  c.header('Cache-Control', 'private, no-cache');
  return c.json(person, 200);
};
