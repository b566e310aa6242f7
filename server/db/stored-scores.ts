/**
 * A person's scores as stored, each part once: the figures that segment rules,
 * list filters and dashboards read are contact_scores' columns; the rest (the
 * reasons, texts and inputs the card and the profile show) is the detail beside
 * them. The badges are made again from the figures and the person's tags, so a
 * tag shows as soon as it is applied.
 */
import { getTableColumns } from 'drizzle-orm';
import { builtInBadges, orderBadges, type ContactScores, type StoredScores } from '../../shared/models/contact-scores';
import { contactScores } from './schema';

export type ScoreColumns = typeof contactScores.$inferSelect;

/** What contact_score_details keeps: everything the columns do not. */
export type ScoreDetail = Pick<StoredScores, 'version' | 'orders' | 'crossSell' | 'upSell' | 'offer' | 'inputs'> & {
  lead: Pick<StoredScores['lead'], 'fit' | 'engagement' | 'reasons'>;
  satisfaction: Omit<NonNullable<StoredScores['satisfaction']>, 'segment'> | null;
  funnel: Omit<NonNullable<StoredScores['funnel']>, 'stage'> | null;
  occasion: Omit<NonNullable<StoredScores['occasion']>, 'key'> | null;
  lifetime: Omit<NonNullable<StoredScores['lifetime']>, 'predictedValue' | 'churnRisk'> | null;
  group: Omit<NonNullable<StoredScores['group']>, 'index'> | null;
};

/** The columns save() writes, by property and SQL name, in the table's order. */
export const SCORE_COLUMNS = Object.entries(getTableColumns(contactScores))
  .filter(([key]) => key !== 'computedAt')
  .map(([key, column]) => ({ key: key as keyof Omit<ScoreColumns, 'computedAt'>, name: column.name }));

/** The value without these properties; null stays null. */
function without<T extends object, K extends keyof T>(value: T | null, ...keys: K[]): Omit<T, K> | null {
  if (value === null) return null;
  const rest = { ...value };
  for (const key of keys) delete rest[key];
  return rest;
}

export function toStored(contactId: number, s: ContactScores): { columns: Omit<ScoreColumns, 'computedAt'>; detail: ScoreDetail } {
  return {
    columns: {
      contactId, leadScore: s.lead.score, leadBand: s.lead.band, leadGrade: s.lead.grade, leadQualification: s.lead.qualification,
      rfmR: s.rfm?.r ?? null, rfmF: s.rfm?.f ?? null, rfmM: s.rfm?.m ?? null, rfmSegment: s.rfm?.segment ?? null,
      satisfaction: s.satisfaction?.segment ?? null, valueTier: s.valueTier, vip: s.vip, lifecycle: s.lifecycle,
      funnelStage: s.funnel?.stage ?? null, occasion: s.occasion?.key ?? null, discoveredGroup: s.group?.index ?? null,
      realisedRevenue: s.realisedRevenue, predictedValue: s.lifetime?.predictedValue ?? null, churnRisk: s.lifetime?.churnRisk ?? null,
    },
    detail: {
      version: s.version,
      lead: without(s.lead, 'score', 'band', 'grade', 'qualification')!,
      satisfaction: without(s.satisfaction, 'segment'),
      funnel: without(s.funnel, 'stage'),
      occasion: without(s.occasion, 'key'),
      lifetime: without(s.lifetime, 'predictedValue', 'churnRisk'),
      group: without(s.group, 'index'),
      orders: s.orders, crossSell: s.crossSell, upSell: s.upSell, offer: s.offer, inputs: s.inputs,
    },
  };
}

export function fromStored(c: ScoreColumns, d: ScoreDetail, tags: ReadonlyArray<{ slug: string; label: string }>): StoredScores {
  const figures = {
    lead: { score: c.leadScore, band: c.leadBand, grade: c.leadGrade, qualification: c.leadQualification, ...d.lead },
    rfm: c.rfmSegment !== null ? { r: c.rfmR!, f: c.rfmF!, m: c.rfmM!, segment: c.rfmSegment } : null,
    satisfaction: c.satisfaction !== null && d.satisfaction ? { segment: c.satisfaction, ...d.satisfaction } : null,
    valueTier: c.valueTier,
    vip: c.vip,
    lifecycle: c.lifecycle,
    funnel: c.funnelStage !== null && d.funnel ? { stage: c.funnelStage, ...d.funnel } : null,
  };
  return {
    version: d.version,
    ...figures,
    occasion: c.occasion !== null && d.occasion ? { key: c.occasion, ...d.occasion } : null,
    lifetime: d.lifetime && { ...d.lifetime, predictedValue: c.predictedValue, churnRisk: c.churnRisk! },
    crossSell: d.crossSell,
    upSell: d.upSell,
    group: c.discoveredGroup !== null && d.group ? { index: c.discoveredGroup, ...d.group } : null,
    realisedRevenue: c.realisedRevenue,
    orders: d.orders,
    badges: orderBadges(builtInBadges(figures, tags)),
    offer: d.offer,
    inputs: d.inputs,
  };
}
