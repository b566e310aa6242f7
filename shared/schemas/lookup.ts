/** The extension's hot path: who are these addresses? */
import { z } from 'zod';
import * as E from './enums';
import { Email } from './contact';
import { SuggestedOffer } from './offers';

export const LookupRequest = z.object({
  emails: z.array(Email).min(1).max(500),
}).meta({ examples: [{ emails: ['dana@example.com', 'new.prospect@example.org'] }] });
export type LookupRequest = z.infer<typeof LookupRequest>;

export const Badge = z.object({
  kind: E.BadgeKind,
  /** A stable key (e.g. "champions", "gold", "vip"); the extension labels it in the user's language. */
  key: z.string(),
  /** The label for keys the extension cannot translate: tags and custom segments carry their own. */
  label: z.string(),
  /** A custom segment's Persian name. */
  labelFa: z.string().optional(),
});
export type Badge = z.infer<typeof Badge>;

export const ScoreReason = z.object({ rule: z.string(), count: z.number(), points: z.number() });
export type ScoreReason = z.infer<typeof ScoreReason>;


export const KnownPerson = z.object({
  email: z.string(),
  known: z.literal(true),
  contactId: z.number().int(),
  name: z.string(),
  honorific: E.Honorific.nullable(),
  displayName: z.string(),
  locale: E.Locale,
  company: z.string().nullable(),
  badges: z.array(Badge),
  leadScore: z.object({
    score: z.number(),
    band: E.LeadBand,
    fit: z.number(),
    engagement: z.number(),
    /** Fit letter and engagement digit, "A1" best. */
    grade: z.string(),
    qualification: E.LeadQualification,
    reasons: z.array(ScoreReason),
  }),
  rfm: z.object({ r: z.number(), f: z.number(), m: z.number(), segment: E.RfmSegment }).nullable(),
  satisfaction: z.object({
    segment: E.SatisfactionSegment,
    because: z.enum(['survey', 'complaints']),
    /** How to talk to them: how to open, what to avoid, whether compensation or a discount belongs in the conversation. */
    tone: z.object({
      open: z.object({ en: z.string(), fa: z.string() }),
      avoid: z.object({ en: z.string(), fa: z.string() }),
      compensation: z.boolean(),
      discount: z.boolean(),
    }),
    kind: E.SurveyKind.nullable(),
    score: z.number().nullable(),
    at: z.string().nullable(),
  }).nullable(),
  valueTier: E.ValueTier.nullable(),
  vip: z.boolean(),
  lifetimeValue: z.object({
    /** The workspace's currency (ISO 4217), which every amount is in. */
    currency: z.string(),
    realised: z.number(),
    orders: z.number(),
    /** Discounted value expected over the workspace's horizon; null until the base is large enough to fit the models. */
    predicted: z.number().nullable(),
    probabilityAlive: z.number().nullable(),
    /** Probability of no purchase in the next quarter. */
    churnRisk: z.number().nullable(),
  }),
  lifecycle: E.LifecycleStage,
  funnel: z.object({
    stage: E.DealStage,
    since: z.string(),
    deal: z.string(),
    daysInStage: z.number().int(),
    milestone: z.object({ key: z.enum(['trial_ending', 'trial_ended', 'proposal_unanswered', 'negotiation_stalled']), days: z.number().int() }).nullable(),
  }).nullable(),
  offer: SuggestedOffer.nullable(),
  /** Product lines to suggest, each with how often buyers of what the person has also bought it. */
  crossSell: z.array(z.object({ item: z.string(), confidence: z.number(), lift: z.number(), because: z.array(z.string()) })),
  /** The next plan up in an offering they buy (from the workspace's price ladders). */
  upSell: z.array(z.object({ item: z.string(), from: z.string(), line: z.string(), priceStep: z.number() })),
  /** The group k-means found the person in, described in words. */
  group: z.object({ index: z.number().int(), description: z.object({ en: z.string(), fa: z.string() }) }).nullable(),
  /** The next occasion to greet the person for, with the greeting in their language. */
  occasion: z.object({
    key: z.string(),
    /** In both languages, for the reader; the greeting is in the person's. */
    name: z.object({ en: z.string(), fa: z.string() }),
    date: z.string(),
    daysUntil: z.number().int(),
    salutation: z.string(),
    greeting: z.string(),
    explanation: z.string(),
  }).nullable(),
  computedAt: z.string(),
});
export type KnownPerson = z.infer<typeof KnownPerson>;

export const UnknownPerson = z.object({ email: z.string(), known: z.literal(false) });
export const LookupResult = z.discriminatedUnion('known', [KnownPerson, UnknownPerson]);
export type LookupResult = z.infer<typeof LookupResult>;

/**
 * What a badge shows of a person (and its label says to a screen reader): the
 * lookup answers this much for each of a page's thousand people; the whole of
 * one person (KnownPerson, their card) is asked for when their card opens.
 */
export const BadgeSummary = z.discriminatedUnion('known', [
  KnownPerson.pick({ email: true, known: true, contactId: true, displayName: true, badges: true })
    .extend({ leadScore: KnownPerson.shape.leadScore.pick({ score: true }) }),
  UnknownPerson,
]);
export type BadgeSummary = z.infer<typeof BadgeSummary>;

export const LookupResponse = z.object({ results: z.array(BadgeSummary) });
export type LookupResponse = z.infer<typeof LookupResponse>;
