import { displayName } from '../../../shared/models/display-name';
import { orderBadges, SCORES_VERSION } from '../../../shared/models/contact-scores';
import { suggestOffer } from '../../../shared/models/offer';
import type { Badge, LookupResult } from '../../../shared/schemas/lookup';
import { segmentMembership } from '../../../shared/schemas/segments';
import { TONE_GUIDES } from '../../../shared/data/tone-guides';
import type { AppRouteHandler } from '../../app-env';
import { fromStored } from '../../db/stored-scores';
import type { lookup as lookupRoute } from './lookup.routes';

export const lookup: AppRouteHandler<typeof lookupRoute> = async (c) => {
  const { emails } = c.req.valid('json');
  const unique = [...new Set(emails)];
  const [found, segments, offers, currency] = await Promise.all([
    c.var.repos.lookup.byEmails(unique), c.var.engine.segments(), c.var.engine.offers(), c.var.engine.currency(),
  ]);
  const now = new Date();
  const rows = new Map(found.map((r) => [r.email, r]));
  const definitions = new Map(segments.map((s) => [segmentMembership(s.key), s]));
  const priorities = new Map(segments.map((s) => [s.key, s.priority]));
  const results = emails.map((email): LookupResult => {
    const row = rows.get(email);
    // Scores not computed yet, or stored by an older version and being recomputed since start-up: better
    // "not known" for a moment than a half-drawn card.
    if (!row?.scores || !row.detail || row.detail.version !== SCORES_VERSION) return { email, known: false };
    const s = fromStored(row.scores, row.detail, JSON.parse(row.tags) as Array<{ slug: string; label: string }>);
    const custom = JSON.parse(row.customSegments) as string[];
    return {
      email,
      known: true,
      contactId: row.contactId,
      name: row.name,
      honorific: row.honorific,
      displayName: displayName(row.name, row.honorific),
      locale: row.locale,
      company: row.company,
      badges: orderBadges([...s.badges, ...custom.flatMap((m): Badge[] => {
        const d = definitions.get(m);
        return d ? [{ kind: 'segment', key: d.key, label: d.name.en, labelFa: d.name.fa }] : [];
      })], priorities),
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
      offer: suggestOffer(new Set([...s.segments, ...custom]), offers, now),
      occasion: s.occasion,
      group: s.group,
      crossSell: s.crossSell,
      upSell: s.upSell.map(({ explanation: _why, ...step }) => step),
      computedAt: row.scores.computedAt,
    };
  });
  return c.json({ results }, 200);
};
