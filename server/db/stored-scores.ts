/**
 * A person's scores as stored, each part once: the figures that segment rules,
 * list filters and dashboards read are contact_scores' columns; the rest (the
 * reasons, texts and inputs the card and the profile show) is the detail beside
 * them. The badges are made again from the figures and the person's tags, so a
 * tag shows as soon as it is applied.
 */
import { getTableColumns } from 'drizzle-orm';
import { builtInBadges, orderBadges, segmentsOf, type BadgeFigures, type ContactScores } from '../../shared/models/contact-scores';
import { contactScores } from './schema';

export type ScoreColumns = typeof contactScores.$inferSelect;

/** What contact_score_details keeps: everything the columns do not. */
export type ScoreDetail = Pick<ContactScores, 'version' | 'orders' | 'crossSell' | 'upSell' | 'inputs'> & {
  lead: Pick<ContactScores['lead'], 'fit' | 'engagement' | 'reasons'>;
  satisfaction: Omit<NonNullable<ContactScores['satisfaction']>, 'segment'> | null;
  funnel: Omit<NonNullable<ContactScores['funnel']>, 'stage'> | null;
  occasion: Omit<NonNullable<ContactScores['occasion']>, 'key'> | null;
  lifetime: Omit<NonNullable<ContactScores['lifetime']>, 'predictedValue' | 'churnRisk'> | null;
  group: Omit<NonNullable<ContactScores['group']>, 'index'> | null;
};

/** The columns save() writes, by property and SQL name, in the table's order. */
export const SCORE_COLUMNS = Object.entries(getTableColumns(contactScores))
  .filter(([key]) => key !== 'computedAt')
  .map(([key, column]) => ({ key: key as keyof Omit<ScoreColumns, 'computedAt'>, name: column.name }));

export function toStored(contactId: number, s: ContactScores): { columns: Omit<ScoreColumns, 'computedAt'>; detail: ScoreDetail } {
  return {
    columns: {
      contactId, leadScore: s.lead.score, leadBand: s.lead.band, leadGrade: s.lead.grade, leadQualification: s.lead.qualification,
      rfmR: s.rfm?.r ?? null, rfmF: s.rfm?.f ?? null, rfmM: s.rfm?.m ?? null, rfmSegment: s.rfm?.segment ?? null,
      satisfaction: s.satisfaction?.segment ?? null, valueTier: s.valueTier, vip: s.vip, lifecycle: s.lifecycle,
      funnelStage: s.funnel?.stage ?? null, occasion: s.occasion?.key ?? null, discoveredGroup: s.group?.index ?? null,
      realisedRevenue: s.realisedRevenue, predictedValue: s.lifetime?.predictedValue ?? null, churnRisk: s.lifetime?.churnRisk ?? null,
      version: s.version,
    },
    // Written out rather than copied and pruned: this runs for every person of every recompute.
    detail: {
      version: s.version,
      lead: { fit: s.lead.fit, engagement: s.lead.engagement, reasons: s.lead.reasons },
      satisfaction: s.satisfaction && { because: s.satisfaction.because, kind: s.satisfaction.kind, score: s.satisfaction.score, at: s.satisfaction.at },
      funnel: s.funnel && { deal: s.funnel.deal, since: s.funnel.since, daysInStage: s.funnel.daysInStage, milestone: s.funnel.milestone },
      occasion: s.occasion && {
        name: s.occasion.name, date: s.occasion.date, daysUntil: s.occasion.daysUntil,
        salutation: s.occasion.salutation, greeting: s.occasion.greeting, explanation: s.occasion.explanation,
      },
      lifetime: s.lifetime && {
        probabilityAlive: s.lifetime.probabilityAlive, expectedPurchases: s.lifetime.expectedPurchases, expectedAverageSpend: s.lifetime.expectedAverageSpend,
      },
      group: s.group && { description: s.group.description },
      orders: s.orders, crossSell: s.crossSell, upSell: s.upSell, inputs: s.inputs,
    },
  };
}

/**
 * A batch of people's scores as save() takes them: JSON text of the column
 * rows (arrays in SCORE_COLUMNS order) and of the details by contact id.
 */
export type StoredBatch = { contacts: number; rows: string; details: string };

export function storedBatch(scores: ReadonlyMap<number, ContactScores>): StoredBatch {
  const rows: unknown[][] = [];
  const details: Record<number, ScoreDetail> = {};
  for (const [contactId, s] of scores) {
    const { columns, detail } = toStored(contactId, s);
    rows.push(SCORE_COLUMNS.map(({ key }) => columns[key]));
    details[contactId] = detail;
  }
  return { contacts: scores.size, rows: JSON.stringify(rows), details: JSON.stringify(details) };
}

/** The score columns a badge is made of. */
export type BadgeColumns = Pick<ScoreColumns, 'leadBand' | 'leadQualification' | 'rfmSegment' | 'satisfaction' | 'valueTier' | 'vip' | 'lifecycle' | 'funnelStage'>;

/** The built-in badges' figures, from the columns alone (the lookup reads no detail). */
export const badgeFigures = (c: BadgeColumns): BadgeFigures => ({
  rfm: c.rfmSegment !== null ? { segment: c.rfmSegment } : null,
  valueTier: c.valueTier,
  vip: c.vip,
  lifecycle: c.lifecycle,
  satisfaction: c.satisfaction !== null ? { segment: c.satisfaction } : null,
  lead: { band: c.leadBand, qualification: c.leadQualification },
  funnel: c.funnelStage !== null ? { stage: c.funnelStage } : null,
});

export function fromStored(c: ScoreColumns, d: ScoreDetail, tags: ReadonlyArray<{ slug: string; label: string }>): ContactScores {
  const figures = {
    lead: { score: c.leadScore, band: c.leadBand, grade: c.leadGrade, qualification: c.leadQualification, ...d.lead },
    rfm: c.rfmSegment !== null ? { r: c.rfmR!, f: c.rfmF!, m: c.rfmM!, segment: c.rfmSegment } : null,
    satisfaction: c.satisfaction !== null && d.satisfaction ? { segment: c.satisfaction, ...d.satisfaction } : null,
    valueTier: c.valueTier,
    vip: c.vip,
    lifecycle: c.lifecycle,
    funnel: c.funnelStage !== null && d.funnel ? { stage: c.funnelStage, ...d.funnel } : null,
  };
  const badges = builtInBadges(figures, tags);
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
    segments: segmentsOf(badges, c.occasion, c.discoveredGroup),
    badges: orderBadges(badges),
    inputs: d.inputs,
  };
}
