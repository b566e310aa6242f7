/**
 * The database schema, in one place. Enumerated columns take their values from
 * the zod enums in shared/, so the database, the API and the extension agree.
 * Times are ISO 8601 UTC strings; they sort and compare as text.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, sqliteView, text } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import * as E from '../../shared/schemas/enums';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const createdAt = () => text('created_at').notNull().default(now);
const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();
/** A zod enum's values in the tuple form drizzle types its enum columns with. */
const values = <V extends string>(e: { options: V[] }) => e.options as [V, ...V[]];

export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  domain: text('domain').unique(),
  industry: text('industry', { enum: values(E.Industry) }),
  size: text('size', { enum: values(E.CompanySize) }),
  revenueBand: text('revenue_band', { enum: values(E.RevenueBand) }),
  country: text('country'),
  city: text('city'),
  createdAt: createdAt(),
});

export const contacts = sqliteTable('contacts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  honorific: text('honorific', { enum: values(E.Honorific) }),
  jobTitle: text('job_title'),
  phone: text('phone'),
  locale: text('locale', { enum: values(E.Locale) }).notNull().default('en'),
  companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
  ageBand: text('age_band', { enum: values(E.AgeBand) }),
  gender: text('gender', { enum: values(E.Gender) }),
  maritalStatus: text('marital_status', { enum: values(E.MaritalStatus) }),
  education: text('education', { enum: values(E.Education) }),
  occupation: text('occupation', { enum: values(E.Occupation) }),
  incomeBand: text('income_band', { enum: values(E.IncomeBand) }),
  household: text('household', { enum: values(E.Household) }),
  jobLevel: text('job_level', { enum: values(E.JobLevel) }),
  birthday: text('birthday'),
  country: text('country'),
  province: text('province'),
  city: text('city'),
  settlement: text('settlement', { enum: values(E.Settlement) }),
  climate: text('climate', { enum: values(E.Climate) }),
  lifestyle: text('lifestyle', { enum: values(E.Lifestyle) }),
  interests: json<Array<z.infer<typeof E.Interest>>>('interests').notNull().default([]),
  personality: text('personality', { enum: values(E.Personality) }),
  values: json<string[]>('values').notNull().default([]),
  brandAttitude: text('brand_attitude', { enum: values(E.BrandAttitude) }),
  techSkill: text('tech_skill', { enum: values(E.TechSkill) }),
  os: text('os', { enum: values(E.OperatingSystem) }),
  device: text('device', { enum: values(E.Device) }),
  socialPlatform: text('social_platform', { enum: values(E.SocialPlatform) }),
  internetSpeed: text('internet_speed', { enum: values(E.InternetSpeed) }),
  acquisitionSource: text('acquisition_source', { enum: values(E.AcquisitionSource) }),
  priceReaction: text('price_reaction', { enum: values(E.PriceReaction) }),
  usage: text('usage', { enum: values(E.UsageType) }),
  needs: json<string[]>('needs').notNull().default([]),
  consentProfiling: integer('consent_profiling', { mode: 'boolean' }).notNull().default(true),
  consentMarketing: integer('consent_marketing', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull().default(now),
}, (t) => [index('contacts_company_idx').on(t.companyId), index('contacts_name_idx').on(t.name)]);

/**
 * Every address a person is known by, the primary one included: the lookup
 * route resolves a whole batch of addresses through this one unique index.
 */
export const contactEmails = sqliteTable('contact_emails', {
  email: text('email').primaryKey(),
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  isPrimary: integer('is_primary', { mode: 'boolean' }).notNull(),
}, (t) => [index('contact_emails_contact_idx').on(t.contactId)]);

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  label: text('label').notNull(),
  color: text('color').notNull(),
  createdAt: createdAt(),
});

export const contactTags = sqliteTable('contact_tags', {
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  tagId: integer('tag_id').notNull().references(() => tags.id, { onDelete: 'cascade' }),
  appliedBy: text('applied_by'),
  appliedAt: text('applied_at').notNull().default(now),
  sourceHost: text('source_host'),
}, (t) => [primaryKey({ columns: [t.contactId, t.tagId] }), index('contact_tags_tag_idx').on(t.tagId)]);

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  properties: json<Record<string, unknown>>('properties').notNull().default({}),
  occurredAt: text('occurred_at').notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
}, (t) => [index('events_contact_type_time_idx').on(t.contactId, t.type, t.occurredAt), index('events_type_time_idx').on(t.type, t.occurredAt)]);

export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sku: text('sku').notNull().unique(),
  name: text('name').notNull(),
  productLine: text('product_line').notNull(),
  price: real('price').notNull(),
});

export const orders = sqliteTable('orders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  externalId: text('external_id').notNull().unique(),
  amount: real('amount').notNull(),
  currency: text('currency').notNull(),
  orderedAt: text('ordered_at').notNull(),
  // Covering the engine's per-person aggregates (days, revenue, last order) so they never read the table itself.
}, (t) => [index('orders_contact_time_amount_idx').on(t.contactId, t.orderedAt, t.amount)]);

export const orderLines = sqliteTable('order_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  sku: text('sku').notNull(),
  productLine: text('product_line').notNull(),
  quantity: integer('quantity').notNull(),
  unitPrice: real('unit_price').notNull(),
  // Covering what the engine reads of an order's lines (product lines and SKUs), so it never reads the table itself.
}, (t) => [index('order_lines_order_line_sku_idx').on(t.orderId, t.productLine, t.sku)]);

export const surveys = sqliteTable('surveys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: values(E.SurveyKind) }).notNull(),
  score: integer('score').notNull(),
  comment: text('comment'),
  respondedAt: text('responded_at').notNull(),
}, (t) => [index('surveys_contact_time_idx').on(t.contactId, t.respondedAt)]);

export const deals = sqliteTable('deals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  amount: real('amount'),
  currency: text('currency').notNull(),
  stage: text('stage', { enum: values(E.DealStage) }).notNull(),
  stageChangedAt: text('stage_changed_at').notNull().default(now),
  createdAt: createdAt(),
}, (t) => [index('deals_contact_idx').on(t.contactId)]);

export const dealStageHistory = sqliteTable('deal_stage_history', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  dealId: integer('deal_id').notNull().references(() => deals.id, { onDelete: 'cascade' }),
  fromStage: text('from_stage', { enum: values(E.DealStage) }),
  toStage: text('to_stage', { enum: values(E.DealStage) }).notNull(),
  changedAt: text('changed_at').notNull().default(now),
  changedBy: text('changed_by'),
}, (t) => [index('deal_stage_history_deal_idx').on(t.dealId)]);

export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  role: text('role', { enum: values(E.Role) }).notNull(),
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: text('last_used_at'),
});

/**
 * What the engine computed for a person, one column per figure: what segment
 * rules, filters and dashboards read. Kept narrow, so reading everyone's scores
 * is a quick scan; what the card shows is in contact_score_details.
 */
export const contactScores = sqliteTable('contact_scores', {
  contactId: integer('contact_id').primaryKey().references(() => contacts.id, { onDelete: 'cascade' }),
  leadScore: integer('lead_score').notNull(),
  leadBand: text('lead_band', { enum: values(E.LeadBand) }).notNull(),
  leadGrade: text('lead_grade').notNull(),
  leadQualification: text('lead_qualification', { enum: values(E.LeadQualification) }).notNull(),
  rfmR: integer('rfm_r'),
  rfmF: integer('rfm_f'),
  rfmM: integer('rfm_m'),
  rfmSegment: text('rfm_segment', { enum: values(E.RfmSegment) }),
  satisfaction: text('satisfaction', { enum: values(E.SatisfactionSegment) }),
  valueTier: text('value_tier', { enum: values(E.ValueTier) }),
  vip: integer('vip', { mode: 'boolean' }).notNull(),
  lifecycle: text('lifecycle', { enum: values(E.LifecycleStage) }).notNull(),
  funnelStage: text('funnel_stage', { enum: values(E.DealStage) }),
  /** The key of the next occasion within the look-ahead, if any. */
  occasion: text('occasion'),
  /** The index of the discovered group the person is nearest to. */
  discoveredGroup: integer('discovered_group'),
  realisedRevenue: real('realised_revenue').notNull(),
  predictedValue: real('predicted_value'),
  churnRisk: real('churn_risk'),
  /** The engine's version that computed them (SCORES_VERSION): the lookup shows no figures of an older one. */
  version: integer('version').notNull().default(0),
  computedAt: text('computed_at').notNull(),
}, (t) => [index('contact_scores_lead_idx').on(t.leadScore)]);

/** What the card and the profile show of a person's scores, read as is by the lookup route: reasons, offer, funnel, explanations. */
export const contactScoreDetails = sqliteTable('contact_score_details', {
  contactId: integer('contact_id').primaryKey().references(() => contacts.id, { onDelete: 'cascade' }),
  detail: json<import('./stored-scores').ScoreDetail>('detail').notNull(),
});

/** Custom segments' members, as "segment:<key>", kept by each segment's rule. */
export const customSegmentMembers = sqliteTable('custom_segment_members', {
  contactId: integer('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
  segment: text('segment').notNull(),
}, (t) => [primaryKey({ columns: [t.segment, t.contactId] }), index('custom_segment_members_contact_idx').on(t.contactId)]);

/**
 * Every segment each person is in, as "kind:key" (what list filters, segment
 * sizes and redemptions by segment read): the built-in ones straight from the
 * score columns, where each person has one value per kind, with their tags and
 * their custom segments. Nothing to write when scores change, and always in
 * step with them. Kept in step with contactScores() by a test.
 */
export const segmentMemberships = sqliteView('segment_memberships', {
  contactId: integer('contact_id').notNull(),
  segment: text('segment').notNull(),
}).as(sql`
  select contact_id, 'rfm:' || rfm_segment as segment from contact_scores where rfm_segment is not null
  union all select contact_id, 'value:' || value_tier from contact_scores where value_tier is not null
  union all select contact_id, 'value:vip' from contact_scores where vip
  union all select contact_id, 'lifecycle:' || lifecycle from contact_scores
  union all select contact_id, 'satisfaction:' || satisfaction from contact_scores where satisfaction is not null
  union all select contact_id, 'lead:' || lead_band from contact_scores
  union all select contact_id, 'lead:' || lead_qualification from contact_scores where lead_qualification <> 'none'
  union all select contact_id, 'funnel:' || funnel_stage from contact_scores where funnel_stage is not null
  union all select contact_tags.contact_id, 'tag:' || tags.slug from contact_tags join tags on tags.id = contact_tags.tag_id
  union all select contact_id, 'occasion:' || occasion from contact_scores where occasion is not null
  union all select contact_id, 'group:' || discovered_group from contact_scores where discovered_group is not null
  union all select contact_id, segment from custom_segment_members`);

/** Population statistics the per-contact recompute needs (RFM cut points, value thresholds). */
export const populationStats = sqliteTable('population_stats', {
  id: integer('id').primaryKey(),
  stats: json<import('../../shared/models/population').PopulationStats>('stats').notNull(),
  computedAt: text('computed_at').notNull(),
});

/** The workspace's rules (segment map, scoring rules, …), one JSON document per key; absent keys use the defaults. */
export const workspaceSettings = sqliteTable('workspace_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: text('updated_by'),
});

/** Offers: what to propose to whom (by segment or occasion), when, and why. Seeded with shared/data/offers.ts. */
export const offers = sqliteTable('offers', {
  key: text('key').primaryKey(),
  priority: integer('priority').notNull(),
  code: text('code'),
  package: json<{ en: string; fa: string }>('package'),
  segments: json<string[]>('segments').notNull(),
  occasions: json<string[]>('occasions').notNull(),
  title: json<{ en: string; fa: string }>('title').notNull(),
  reason: json<{ en: string; fa: string }>('reason').notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  active: integer('active', { mode: 'boolean' }).notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

/** Custom segments: a JsonLogic rule over profile fields, scores and behaviour; memberships are "segment:<key>". */
export const segmentDefinitions = sqliteTable('segment_definitions', {
  key: text('key').primaryKey(),
  name: json<{ en: string; fa: string }>('name').notNull(),
  rule: text('rule', { mode: 'json' }).notNull(),
  /** Lower shows first among a person's badges. */
  priority: integer('priority').notNull(),
  color: text('color').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: text('updated_by'),
});

/** How many people each segment had, per day, written by each full recompute (the day's last one wins). */
export const segmentSizeHistory = sqliteTable('segment_size_history', {
  day: text('day').notNull(),
  segment: text('segment').notNull(),
  size: integer('size').notNull(),
}, (t) => [primaryKey({ columns: [t.segment, t.day] })]);

/**
 * Sites whose layout the extension found changed (every anchor its adapter
 * relies on missing), one row per site and extension version: what an admin
 * reads to know an adapter needs updating. Each browser reports at most once a day.
 */
export const siteReports = sqliteTable('site_reports', {
  site: text('site').notNull(),
  version: text('version').notNull(),
  missing: json<string[]>('missing').notNull(),
  checked: integer('checked').notNull(),
  firstSeenAt: text('first_seen_at').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
  reports: integer('reports').notNull(),
}, (t) => [primaryKey({ columns: [t.site, t.version] }), index('site_reports_last_seen_idx').on(t.lastSeenAt)]);

/**
 * The answer given to a write sent with an Idempotency-Key, per token and key,
 * so a client retrying it (the extension's outbox) gets the same answer and
 * the write happens once. `status` is null while the first request runs.
 * Kept a day (see server/lib/idempotency.ts).
 */
export const idempotentRequests = sqliteTable('idempotent_requests', {
  tokenId: integer('token_id').notNull(),
  key: text('key').notNull(),
  /** SHA-256 of the method, path and body: the same key on another request is refused. */
  fingerprint: text('fingerprint').notNull(),
  status: integer('status'),
  contentType: text('content_type'),
  body: text('body'),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('idempotent_requests_created_idx').on(t.createdAt)]);

/**
 * When what an address's badge shows last changed, as a sequence number:
 * the extension's change cursor (GET /v1/changes). One row per address, so
 * it never grows beyond the addresses known; an erased person's or a removed
 * address's row stays, so that its badges learn it is gone.
 */
export const emailChanges = sqliteTable('email_changes', {
  email: text('email').primaryKey(),
  seq: integer('seq').notNull(),
}, (t) => [index('email_changes_seq_idx').on(t.seq)]);

/**
 * Full recomputes as they ran: one still `running` when the server starts
 * was cut short (the process killed), and is run again.
 */
export const recomputeRuns = sqliteTable('recompute_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reason: text('reason').notNull(),
  state: text('state', { enum: ['running', 'done', 'failed', 'interrupted'] }).notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
});
