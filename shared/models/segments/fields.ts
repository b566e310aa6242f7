/**
 * The vocabulary of custom segment definitions: the fields a rule may read
 * with `var`, and the behavioural measures it may call as operators.
 *
 * Field names are `<source>.<name>`:
 * - `profile.<name>`: a column of `contacts`, named as the API and drizzle name
 *   it (camelCase: `profile.jobLevel`, `profile.consentMarketing`);
 * - `score.<name>`: a column of `contact_scores`, the engine's computed scores
 *   (`score.lead`, `score.leadBand`, `score.revenue`…); all of them are null
 *   for a person the engine has not scored yet.
 *
 * SQL reads them over CONTACTS_WITH_SCORES; in memory they are read from the
 * contacts and contact_scores rows as drizzle returns them, under the
 * column's camelCase name. Making a new column available to rules is one line in FIELDS.
 */
import * as E from '../../schemas/enums';

export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'string-array';

/** What a field holds at run time: dates are ISO 8601 text, compared as text. */
export const RUNTIME_KIND = { string: 'string', date: 'string', number: 'number', boolean: 'boolean', 'string-array': 'array' } as const;

type FieldSpec = {
  type: FieldType;
  /** `c.<column>` (contacts) or `s.<column>` (contact_scores). */
  column: `${'c' | 's'}.${string}`;
  /** Never null: a NOT NULL column of contacts (every score may be missing). */
  required?: true;
  /** The values an enumerated field (or a list's items) can take. */
  values?: readonly string[];
};

/** The FROM clause the compiled SQL is written against. */
export const CONTACTS_WITH_SCORES = 'contacts c LEFT JOIN contact_scores s ON s.contact_id = c.id';

export const FIELDS = {
  'profile.email': { type: 'string', column: 'c.email', required: true },
  'profile.name': { type: 'string', column: 'c.name', required: true },
  'profile.honorific': { type: 'string', column: 'c.honorific', values: E.Honorific.options },
  'profile.jobTitle': { type: 'string', column: 'c.job_title' },
  'profile.phone': { type: 'string', column: 'c.phone' },
  'profile.locale': { type: 'string', column: 'c.locale', required: true, values: E.Locale.options },
  'profile.ageBand': { type: 'string', column: 'c.age_band', values: E.AgeBand.options },
  'profile.gender': { type: 'string', column: 'c.gender', values: E.Gender.options },
  'profile.maritalStatus': { type: 'string', column: 'c.marital_status', values: E.MaritalStatus.options },
  'profile.education': { type: 'string', column: 'c.education', values: E.Education.options },
  'profile.occupation': { type: 'string', column: 'c.occupation', values: E.Occupation.options },
  'profile.incomeBand': { type: 'string', column: 'c.income_band', values: E.IncomeBand.options },
  'profile.household': { type: 'string', column: 'c.household', values: E.Household.options },
  'profile.jobLevel': { type: 'string', column: 'c.job_level', values: E.JobLevel.options },
  'profile.birthday': { type: 'date', column: 'c.birthday' },
  'profile.country': { type: 'string', column: 'c.country' },
  'profile.province': { type: 'string', column: 'c.province' },
  'profile.city': { type: 'string', column: 'c.city' },
  'profile.settlement': { type: 'string', column: 'c.settlement', values: E.Settlement.options },
  'profile.climate': { type: 'string', column: 'c.climate', values: E.Climate.options },
  'profile.lifestyle': { type: 'string', column: 'c.lifestyle', values: E.Lifestyle.options },
  'profile.interests': { type: 'string-array', column: 'c.interests', required: true, values: E.Interest.options },
  'profile.personality': { type: 'string', column: 'c.personality', values: E.Personality.options },
  'profile.values': { type: 'string-array', column: 'c.values', required: true },
  'profile.brandAttitude': { type: 'string', column: 'c.brand_attitude', values: E.BrandAttitude.options },
  'profile.techSkill': { type: 'string', column: 'c.tech_skill', values: E.TechSkill.options },
  'profile.os': { type: 'string', column: 'c.os', values: E.OperatingSystem.options },
  'profile.device': { type: 'string', column: 'c.device', values: E.Device.options },
  'profile.socialPlatform': { type: 'string', column: 'c.social_platform', values: E.SocialPlatform.options },
  'profile.internetSpeed': { type: 'string', column: 'c.internet_speed', values: E.InternetSpeed.options },
  'profile.acquisitionSource': { type: 'string', column: 'c.acquisition_source', values: E.AcquisitionSource.options },
  'profile.priceReaction': { type: 'string', column: 'c.price_reaction', values: E.PriceReaction.options },
  'profile.usage': { type: 'string', column: 'c.usage', values: E.UsageType.options },
  'profile.needs': { type: 'string-array', column: 'c.needs', required: true },
  'profile.consentProfiling': { type: 'boolean', column: 'c.consent_profiling', required: true },
  'profile.consentMarketing': { type: 'boolean', column: 'c.consent_marketing', required: true },
  'profile.createdAt': { type: 'date', column: 'c.created_at', required: true },
  'profile.updatedAt': { type: 'date', column: 'c.updated_at', required: true },
  'score.lead': { type: 'number', column: 's.lead_score' },
  'score.leadBand': { type: 'string', column: 's.lead_band', values: E.LeadBand.options },
  'score.leadGrade': { type: 'string', column: 's.lead_grade' },
  'score.leadQualification': { type: 'string', column: 's.lead_qualification', values: E.LeadQualification.options },
  'score.rfmR': { type: 'number', column: 's.rfm_r' },
  'score.rfmF': { type: 'number', column: 's.rfm_f' },
  'score.rfmM': { type: 'number', column: 's.rfm_m' },
  'score.rfmSegment': { type: 'string', column: 's.rfm_segment', values: E.RfmSegment.options },
  'score.satisfaction': { type: 'string', column: 's.satisfaction', values: E.SatisfactionSegment.options },
  'score.valueTier': { type: 'string', column: 's.value_tier', values: E.ValueTier.options },
  'score.vip': { type: 'boolean', column: 's.vip' },
  'score.lifecycle': { type: 'string', column: 's.lifecycle', values: E.LifecycleStage.options },
  'score.funnelStage': { type: 'string', column: 's.funnel_stage', values: E.DealStage.options },
  'score.occasion': { type: 'string', column: 's.occasion' },
  'score.discoveredGroup': { type: 'number', column: 's.discovered_group' },
  'score.revenue': { type: 'number', column: 's.realised_revenue' },
  'score.predictedValue': { type: 'number', column: 's.predicted_value' },
  'score.churnRisk': { type: 'number', column: 's.churn_risk' },
} as const satisfies Record<`${'profile' | 'score'}.${string}`, FieldSpec>;

export type FieldName = keyof typeof FIELDS;

export type Field = FieldSpec & {
  name: FieldName;
  source: 'profile' | 'score';
  /** The column, quoted (`c."values"`: some column names are SQL keywords). */
  sql: string;
  /** The property of the drizzle row that holds the column's value. */
  key: string;
};

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(FIELDS, name);

export function field(name: FieldName): Field {
  const spec: FieldSpec = FIELDS[name];
  const [table, column] = spec.column.split('.') as [string, string];
  return { ...spec, name, source: name.startsWith('score.') ? 'score' : 'profile', sql: `${table}."${column}"`, key: camelCase(column) };
}

/** Whether text can stand for a date: a day, or an ISO 8601 instant. */
export const isDateText = (value: string) =>
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value);

/**
 * Behavioural measures, called like operators with literal arguments, e.g.
 * `{"events_in_last_days": ["pricing_page_view", 30]}`. Both evaluators
 * implement every one: their tables are typed by this one.
 */
export const MEASURES = {
  /** How many events of a type occurred in the window. */
  events_in_last_days: { params: ['eventType', 'days'], result: 'number' },
  /** How many orders were placed in the window. */
  orders_in_last_days: { params: ['days'], result: 'number' },
  /** The sum of the amounts of the orders placed in the window. */
  revenue_in_last_days: { params: ['days'], result: 'number' },
  /** Whether the person carries the tag with this slug. */
  has_tag: { params: ['tag'], result: 'boolean' },
} as const;

export type MeasureName = keyof typeof MEASURES;
/** The type of each kind of measure argument. */
export type MeasureParams = { eventType: string; days: number; tag: string };
type ArgsOf<P extends ReadonlyArray<keyof MeasureParams>> = { -readonly [I in keyof P]: MeasureParams[P[I]] };
/** A measure's arguments, e.g. [eventType: string, days: number]. */
export type MeasureArgs<M extends MeasureName> = ArgsOf<(typeof MEASURES)[M]['params']>;

export const isMeasureName = (name: string): name is MeasureName => Object.hasOwn(MEASURES, name);

/** The longest window a measure may look back, in days (a century). */
export const MAX_WINDOW_DAYS = 36_500;
const DAY_MS = 86_400_000;

/**
 * The window "in the last N days": from N×24 hours before now to now, both
 * included, as ISO text. Times are stored as ISO text and compared as text on
 * both sides, so SQL and memory agree even on a stored time's odd format.
 */
export function lastDays(now: Date, days: number): { since: string; until: string } {
  return { since: new Date(now.getTime() - days * DAY_MS).toISOString(), until: now.toISOString() };
}

/**
 * An amount in whole cents, rounded as SQLite's round() does (half away from
 * zero, on the same doubles). Sums are taken in cents so that they are exact
 * and do not depend on the order SQL happens to add the rows in.
 */
export function cents(amount: number): number {
  const scaled = amount * 100;
  return Math.abs(scaled) > 2 ** 52 ? scaled : Math.trunc(scaled + (scaled < 0 ? -0.5 : 0.5));
}
