/**
 * Every enumeration of the domain, in one place, used by the API's validation,
 * the database schema and the extension alike. Values are stable keys; their
 * labels in English and Persian live in shared/i18n.
 */
import { z } from 'zod';

export const Role = z.enum(['admin', 'manager', 'sales', 'support', 'viewer']);
export type Role = z.infer<typeof Role>;

export const Locale = z.enum(['en', 'fa']);
export type Locale = z.infer<typeof Locale>;

/** Title said before the name, e.g. "Dr. Rezaei" / «دکتر رضایی». */
export const Honorific = z.enum(['dr', 'eng', 'prof', 'mr', 'mrs', 'ms']);
export type Honorific = z.infer<typeof Honorific>;

// Demographic
export const AgeBand = z.enum(['child', 'teen', 'young_adult', 'middle_aged', 'senior']);
export const Gender = z.enum(['female', 'male', 'other']);
export const MaritalStatus = z.enum(['single', 'married', 'divorced']);
export const Education = z.enum(['below_diploma', 'diploma', 'bachelor', 'master', 'doctorate']);
export const Occupation = z.enum(['employee', 'freelancer', 'retired', 'unemployed']);
export const IncomeBand = z.enum(['low', 'middle', 'high']);
export const Household = z.enum(['single_person', 'couple_without_children', 'large_family']);
export const JobLevel = z.enum(['staff', 'manager', 'director', 'executive']);

// Geographic
export const Settlement = z.enum(['urban', 'suburban', 'rural']);
export const Climate = z.enum(['cold', 'hot', 'temperate']);

// Psychographic
export const Lifestyle = z.enum(['traditional', 'modern', 'luxury', 'minimalist']);
export const Interest = z.enum(['travel', 'art', 'technology', 'sport', 'environment']);
export const Personality = z.enum(['introvert', 'extrovert', 'risk_taking', 'conservative']);
export const BrandAttitude = z.enum(['discount_seeker', 'quality_and_brand']);

// Technographic
export const TechSkill = z.enum(['beginner', 'normal', 'pro']);
export const OperatingSystem = z.enum(['android', 'ios', 'windows', 'macos', 'linux']);
export const Device = z.enum(['mobile', 'tablet', 'desktop']);
export const SocialPlatform = z.enum(['instagram', 'telegram', 'x', 'whatsapp', 'linkedin']);
export const InternetSpeed = z.enum(['slow', 'average', 'fast']);

// Behavioural (declared)
export const AcquisitionSource = z.enum(['referral', 'advertising', 'social', 'organic_search', 'event', 'direct']);
export const PriceReaction = z.enum(['price_sensitive', 'quality_seeking']);
export const UsageType = z.enum(['professional', 'everyday']);

// Firmographic
export const Industry = z.enum([
  'software', 'manufacturing', 'retail', 'healthcare', 'education',
  'finance', 'construction', 'energy', 'logistics', 'hospitality',
]);
export const CompanySize = z.enum(['1-10', '11-50', '51-200', '201-1000', '1000+']);
export const RevenueBand = z.enum(['under_1m', '1m_10m', '10m_100m', 'over_100m']);

// Activity
export const SurveyKind = z.enum(['csat', 'nps']);
export type SurveyKind = z.infer<typeof SurveyKind>;

/** Sales funnel (B2B): open stages in order, then the two ends. */
export const DealStage = z.enum(['intro', 'free_trial', 'formal_proposal', 'negotiation', 'contract_signed', 'lost']);
export type DealStage = z.infer<typeof DealStage>;

/** Event types the lead score knows; other types are stored and count for nothing. */
export const KnownEventType = z.enum([
  'page_view', 'pricing_page_view', 'download', 'email_open', 'email_click',
  'social_like', 'social_share', 'form_submit', 'trial_start', 'demo_request',
  'unsubscribe', 'email_bounce', 'complaint', 'offer_redeemed',
]);
export type KnownEventType = z.infer<typeof KnownEventType>;

// Computed segments
export const LeadBand = z.enum(['cold', 'warm', 'hot']);
export type LeadBand = z.infer<typeof LeadBand>;
/** Marketing- or sales-qualified lead, by the scoring rules' thresholds. */
export const LeadQualification = z.enum(['none', 'mql', 'sql']);
export type LeadQualification = z.infer<typeof LeadQualification>;
export const SatisfactionSegment = z.enum(['satisfied', 'dissatisfied', 'angry']);
export type SatisfactionSegment = z.infer<typeof SatisfactionSegment>;
export const ValueTier = z.enum(['gold', 'regular', 'low']);
export type ValueTier = z.infer<typeof ValueTier>;
export const LifecycleStage = z.enum(['first_contact', 'first_purchase', 'repeat', 'loyal', 'at_risk', 'lost']);
export type LifecycleStage = z.infer<typeof LifecycleStage>;
export const RfmSegment = z.enum([
  'champions', 'loyal', 'potential_loyalists', 'new', 'promising',
  'need_attention', 'about_to_sleep', 'at_risk', 'cant_lose', 'hibernating',
]);
export type RfmSegment = z.infer<typeof RfmSegment>;

/** What a badge stands for; the extension colours badges by kind. */
export const BadgeKind = z.enum(['rfm', 'value', 'lifecycle', 'satisfaction', 'lead', 'funnel', 'tag', 'segment']);
export type BadgeKind = z.infer<typeof BadgeKind>;
