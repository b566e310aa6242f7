/**
 * The people the demo page and the end-to-end tests rely on: a fixed list
 * seeded with hand-made histories (relative to "now") that are extreme enough
 * to land in the expected segments whatever the random rest of the base does.
 */
import type {
  DealStage, Honorific, KnownEventType, LeadBand, LifecycleStage, Locale, RfmSegment, SatisfactionSegment, SurveyKind, ValueTier,
} from '../../shared/schemas/enums';
import type { companies, contacts } from '../db/schema';

export type ShowcaseOrder = { daysAgo: number; lines: Array<{ sku: string; quantity: number }> };
export type ShowcaseEvent = { type: KnownEventType; daysAgo: number; properties: Record<string, unknown> };
export type ShowcaseSurvey = { kind: SurveyKind; score: number; comment: string | null; daysAgo: number };
/** A deal's moves in order; the last one is its current stage. */
export type ShowcaseDeal = { title: string; amount: number; moves: Array<{ stage: DealStage; daysAgo: number }> };

export type ShowcaseExpect = {
  rfm?: RfmSegment;
  lifecycle?: LifecycleStage;
  satisfaction?: SatisfactionSegment;
  leadBand?: LeadBand;
  valueTier?: ValueTier;
  funnel?: DealStage;
};

export type ShowcasePerson = {
  email: string;
  name: string;
  honorific: Honorific | null;
  locale: Locale;
  /** Profile fields that matter to the story; the seed fills the other dimensions. */
  profile: Partial<Omit<typeof contacts.$inferInsert, 'id' | 'email' | 'name' | 'honorific' | 'locale' | 'companyId'>>;
  company: Omit<typeof companies.$inferInsert, 'id' | 'createdAt'> | null;
  joinedDaysAgo: number;
  orders: ShowcaseOrder[];
  events: ShowcaseEvent[];
  surveys: ShowcaseSurvey[];
  deals: ShowcaseDeal[];
  tags: string[];
  expect: ShowcaseExpect;
};

/** `count` orders `everyDays` apart, the latest `lastDaysAgo` days ago. */
const recurringOrders = (count: number, lastDaysAgo: number, everyDays: number, lines: (i: number) => ShowcaseOrder['lines']): ShowcaseOrder[] =>
  Array.from({ length: count }, (_, i) => ({ daysAgo: lastDaysAgo + i * everyDays, lines: lines(i) }));

/** `count` events of one type, one every `everyDays` days starting `firstDaysAgo` days ago. */
const repeated = (type: KnownEventType, count: number, firstDaysAgo: number, everyDays: number, properties: Record<string, unknown> = {}): ShowcaseEvent[] =>
  Array.from({ length: count }, (_, i) => ({ type, daysAgo: firstDaysAgo - i * everyDays, properties }));

export const SHOWCASE: readonly ShowcasePerson[] = [
  {
    // A long-standing big buyer who ordered yesterday: champions, gold.
    email: 'sara.rezaei@example.com',
    name: 'سارا رضایی',
    honorific: 'dr',
    locale: 'fa',
    profile: {
      jobTitle: 'مدیر پژوهش و توسعه', jobLevel: 'director', education: 'doctorate', occupation: 'employee', gender: 'female',
      ageBand: 'middle_aged', incomeBand: 'high', country: 'IR', province: 'تهران', city: 'تهران', climate: 'temperate',
      usage: 'professional', priceReaction: 'quality_seeking', brandAttitude: 'quality_and_brand', consentMarketing: true,
    },
    company: {
      name: 'داروسازی آریا', domain: 'aria-pharma.example.com', industry: 'healthcare', size: '201-1000', revenueBand: '10m_100m',
      country: 'IR', city: 'تهران',
    },
    joinedDaysAgo: 880,
    orders: recurringOrders(42, 1, 20, (i) => [
      { sku: 'ANL-ENT', quantity: 2 },
      { sku: 'SUP-SLA-GOLD', quantity: 1 },
      ...(i % 4 === 0 ? [{ sku: 'TRN-WORKSHOP', quantity: 1 }] : []),
    ]),
    events: [...repeated('page_view', 4, 20, 5, { page: '/integrations' }), ...repeated('email_open', 3, 40, 12, { campaign: 'product-update' })],
    surveys: [
      { kind: 'nps', score: 9, comment: 'با خیال راحت شما را به همکارانم معرفی می‌کنم.', daysAgo: 200 },
      { kind: 'csat', score: 5, comment: 'پشتیبانی فوق‌العاده بود؛ گزارش‌های جدید کار تیم ما را خیلی راحت کرده است.', daysAgo: 10 },
    ],
    deals: [{
      title: 'تمدید قرارداد سازمانی — داروسازی آریا',
      amount: 48_000,
      moves: [{ stage: 'intro', daysAgo: 410 }, { stage: 'formal_proposal', daysAgo: 395 }, { stage: 'negotiation', daysAgo: 380 }, { stage: 'contract_signed', daysAgo: 372 }],
    }],
    tags: ['vip', 'newsletter'],
    expect: { rfm: 'champions', valueTier: 'gold', lifecycle: 'loyal', satisfaction: 'satisfied' },
  },
  {
    // A repeat buyer whose latest answer is a furious CSAT 1.
    email: 'james.whitfield@example.com',
    name: 'James Whitfield',
    honorific: 'mr',
    locale: 'en',
    profile: {
      jobTitle: null, jobLevel: null, occupation: 'freelancer', gender: 'male', ageBand: 'middle_aged', country: 'US',
      province: 'Texas', city: 'Austin', climate: 'hot', usage: 'everyday', priceReaction: 'price_sensitive',
    },
    company: null,
    joinedDaysAgo: 300,
    orders: recurringOrders(4, 12, 45, (i) => [{ sku: i === 0 ? 'HW-POS-TERM' : 'HW-BARCODE', quantity: 1 }, { sku: 'HW-RECEIPT-PRN', quantity: 1 }]),
    events: [...repeated('complaint', 2, 9, 6, { channel: 'support' }), ...repeated('page_view', 5, 10, 2, { page: '/support/returns' })],
    surveys: [
      { kind: 'nps', score: 8, comment: 'Good product overall.', daysAgo: 150 },
      { kind: 'csat', score: 2, comment: 'Delivery was a week late.', daysAgo: 50 },
      { kind: 'csat', score: 1, comment: 'Third order in a row that arrived damaged, and my ticket has been open for two weeks. I want a refund.', daysAgo: 3 },
    ],
    deals: [],
    tags: ['newsletter'],
    expect: { satisfaction: 'angry', lifecycle: 'repeat' },
  },
  {
    // No orders yet, but in a free trial and all over the pricing page: a hot lead.
    email: 'olivia.bennett@example.org',
    name: 'Olivia Bennett',
    honorific: null,
    locale: 'en',
    profile: {
      jobTitle: 'Chief Operating Officer', jobLevel: 'executive', education: 'master', occupation: 'employee', gender: 'female',
      ageBand: 'middle_aged', incomeBand: 'high', country: 'GB', province: 'England', city: 'London', climate: 'temperate',
      usage: 'professional', acquisitionSource: 'event', consentMarketing: true,
    },
    company: {
      name: 'Northwind Logistics', domain: 'northwind.example.com', industry: 'logistics', size: '201-1000', revenueBand: '10m_100m',
      country: 'GB', city: 'London',
    },
    joinedDaysAgo: 35,
    orders: [],
    events: [
      ...repeated('pricing_page_view', 6, 30, 4, { page: '/pricing', plan: 'enterprise' }),
      ...repeated('demo_request', 2, 25, 10, { page: '/demo-request' }),
      ...repeated('trial_start', 1, 9, 0, { plan: 'enterprise' }),
      ...repeated('form_submit', 1, 26, 0, { form: 'contact-sales' }),
      ...repeated('download', 2, 28, 14, { asset: 'rfm-whitepaper.pdf' }),
      ...repeated('page_view', 10, 32, 3, { page: '/features' }),
      ...repeated('email_click', 3, 21, 6, { campaign: 'webinar-invite' }),
    ],
    surveys: [],
    deals: [{ title: 'Enterprise plan, 120 seats — Northwind Logistics', amount: 54_000, moves: [{ stage: 'intro', daysAgo: 24 }, { stage: 'free_trial', daysAgo: 9 }] }],
    tags: ['event-2026', 'beta-tester'],
    expect: { leadBand: 'hot', lifecycle: 'first_contact', funnel: 'free_trial' },
  },
  {
    // Used to order every three weeks, silent for about 250 days since a price rise.
    email: 'ali.karimi@example.com',
    name: 'علی کریمی',
    honorific: 'eng',
    locale: 'fa',
    profile: {
      jobTitle: 'مهندس ارشد عمران', jobLevel: 'manager', education: 'master', occupation: 'employee', gender: 'male',
      ageBand: 'middle_aged', country: 'IR', province: 'البرز', city: 'کرج', climate: 'temperate', usage: 'professional',
    },
    company: {
      name: 'سازه‌های البرز', domain: 'alborz-structures.example.com', industry: 'construction', size: '51-200', revenueBand: '1m_10m',
      country: 'IR', city: 'کرج',
    },
    joinedDaysAgo: 800,
    orders: recurringOrders(24, 250, 22, (i) => [{ sku: 'HW-TABLET', quantity: 2 + (i % 3) }, { sku: 'CRM-TEAM', quantity: 1 }]),
    events: [...repeated('email_open', 2, 60, 30, { campaign: 'engineers-day' })],
    surveys: [
      { kind: 'csat', score: 4, comment: 'تبلت‌ها سر موقع رسید.', daysAgo: 500 },
      { kind: 'nps', score: 5, comment: 'قیمت تمدید امسال خیلی بالا رفته و پشتیبانی هم دیر جواب می‌دهد.', daysAgo: 255 },
    ],
    deals: [],
    tags: ['engineers-day', 'wholesale'],
    expect: { rfm: 'cant_lose', lifecycle: 'at_risk', satisfaction: 'dissatisfied' },
  },
  {
    // One small order last week and nothing before it.
    email: 'emma.clarke@example.net',
    name: 'Emma Clarke',
    honorific: 'ms',
    locale: 'en',
    profile: {
      jobTitle: 'Graphic Designer', jobLevel: 'staff', occupation: 'freelancer', gender: 'female', ageBand: 'young_adult',
      country: 'CA', province: 'Ontario', city: 'Toronto', climate: 'cold', acquisitionSource: 'social',
    },
    company: null,
    joinedDaysAgo: 20,
    orders: [{ daysAgo: 6, lines: [{ sku: 'CRM-BASIC', quantity: 1 }, { sku: 'TRN-WEBINAR', quantity: 1 }] }],
    events: [...repeated('offer_redeemed', 1, 6, 0, { code: 'WELCOME' }), ...repeated('page_view', 3, 15, 4, { page: '/docs/getting-started' })],
    surveys: [{ kind: 'csat', score: 5, comment: 'Quick setup, thanks!', daysAgo: 4 }],
    deals: [],
    tags: [],
    expect: { rfm: 'new', lifecycle: 'first_purchase' },
  },
  {
    // Comparing offers before signing: warm lead, deal in negotiation.
    email: 'niloofar.ahmadi@sepehr-distribution.example.com',
    name: 'نیلوفر احمدی',
    honorific: 'ms',
    locale: 'fa',
    profile: {
      jobTitle: 'مدیر بازاریابی', jobLevel: 'manager', education: 'bachelor', occupation: 'employee', gender: 'female',
      ageBand: 'young_adult', country: 'IR', province: 'اصفهان', city: 'اصفهان', climate: 'hot', usage: 'professional',
    },
    company: {
      name: 'پخش سپهر', domain: 'sepehr-distribution.example.com', industry: 'logistics', size: '51-200', revenueBand: '1m_10m',
      country: 'IR', city: 'اصفهان',
    },
    joinedDaysAgo: 120,
    orders: [],
    events: [
      ...repeated('pricing_page_view', 3, 12, 4, { page: '/pricing', plan: 'team' }),
      ...repeated('download', 1, 6, 0, { asset: 'price-list-2026.pdf' }),
      ...repeated('email_click', 3, 20, 6, { campaign: 'nowruz-1405' }),
      ...repeated('email_open', 5, 30, 6, { campaign: 'nowruz-1405' }),
      ...repeated('page_view', 4, 16, 4, { page: '/customers' }),
    ],
    surveys: [],
    deals: [{
      title: 'قرارداد سالانه پشتیبانی — پخش سپهر',
      amount: 18_500,
      moves: [{ stage: 'intro', daysAgo: 70 }, { stage: 'formal_proposal', daysAgo: 40 }, { stage: 'negotiation', daysAgo: 6 }],
    }],
    tags: ['nowruz-1405'],
    expect: { leadBand: 'warm', lifecycle: 'first_contact', funnel: 'negotiation' },
  },
];

/** Addresses that are never in the demo data: the overlay shows them as unknown. */
export const UNKNOWN_DEMO_EMAILS = ['stranger@example.net', 'new.prospect@example.org'] as const;
