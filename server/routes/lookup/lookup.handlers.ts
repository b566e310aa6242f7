import { displayName } from '../../../shared/models/display-name';
import type { LookupResult } from '../../../shared/schemas/lookup';
import type { AppRouteHandler } from '../../app-env';
import type { lookup as lookupRoute } from './lookup.routes';

export const lookup: AppRouteHandler<typeof lookupRoute> = async (c) => {
  const { emails } = c.req.valid('json');
  const unique = [...new Set(emails)];
  const rows = new Map((await c.var.repos.lookup.byEmails(unique)).map((r) => [r.email, r]));
  const results = emails.map((email): LookupResult => {
    const row = rows.get(email);
    // A person whose scores are not computed yet is reported as unknown for now.
    if (!row?.scores || !row.computedAt) return { email, known: false };
    const s = row.scores;
    return {
      email,
      known: true,
      contactId: row.contactId,
      name: row.name,
      honorific: row.honorific,
      displayName: displayName(row.name, row.honorific),
      locale: row.locale,
      company: row.company,
      badges: s.badges,
      leadScore: s.lead,
      rfm: s.rfm,
      satisfaction: s.satisfaction,
      valueTier: s.valueTier,
      vip: s.vip,
      lifetimeValue: {
        realised: s.realisedRevenue,
        orders: s.orders,
        predicted: s.lifetime?.predictedValue ?? null,
        probabilityAlive: s.lifetime?.probabilityAlive ?? null,
        churnRisk: s.lifetime?.churnRisk ?? null,
      },
      lifecycle: s.lifecycle,
      funnel: s.funnel,
      offer: s.offer,
      occasion: s.occasion,
      group: s.group,
      crossSell: s.crossSell.map(({ item, rule }) => ({ item, confidence: rule.confidence, lift: rule.lift, because: rule.antecedent })),
      computedAt: row.computedAt,
    };
  });
  return c.json({ results }, 200);
};
