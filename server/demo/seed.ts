/**
 * Deterministic, realistic demo data: the same seed and `now` always give the
 * same rows, and every time is `now` minus an offset so the demo looks fresh.
 * Purchase histories are drawn from buyer archetypes chosen so that, after a
 * recompute, every RFM segment, value tier and lifecycle stage is populated;
 * the SHOWCASE people get hand-made histories on top.
 */
import { en, Faker } from '@faker-js/faker';
import { count, getTableColumns, max } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { LEAD_SCORING } from '../../shared/data/lead-scoring-rules';
import * as E from '../../shared/schemas/enums';
import type { DealStage, KnownEventType, Locale, SatisfactionSegment, SurveyKind } from '../../shared/schemas/enums';
import type { Db } from '../db/client';
import {
  companies, contactEmails, contacts, contactTags, deals, dealStageHistory, events, orderLines, orders, products, surveys, tags, workspaceSettings,
} from '../db/schema';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS, type ShowcasePerson } from './showcase';
import {
  type Spelled, FA_FEMALE, FA_MALE, FA_LAST, IR_PLACES, EN_PLACES, PHONE, ROLES, VALUES, NEEDS, PERSONAL_DOMAINS, FA_BRANDS, FA_BUSINESS, PRICE_LADDERS, PRODUCT_LINES, TAGS, type TagSlug, TAG_HOSTS, CAMPAIGNS, PAGES, COMMENTS, DEAL_OFFERS, OPEN_STAGES, REVENUE_BY_SIZE,
} from './vocabulary';

export type SeedOptions = { seed?: number; contacts?: number; now?: Date };

type Company = typeof companies.$inferInsert & { id: number };
type Contact = typeof contacts.$inferInsert & { id: number };
type Enum<T extends { options: readonly string[] }> = T['options'][number];

const DAY_MINUTES = 1440;
/** Demo histories reach back about two and a half years. */
const HISTORY_DAYS = 900;
/** SQLite allows 32,766 bound variables per statement; stay well below. */
const MAX_VARIABLES = 30_000;
const PERSIAN_SHARE = 0.4;

/**
 * Buyer archetypes: how many orders and how many days since the last one.
 * Their mix puts customers in every cell the RFM map names (recent frequent
 * champions, lapsed frequent "can't lose", one-off hibernators, …).
 */
const ARCHETYPES = {
  champion: { weight: 11, orders: [10, 26], recency: [0, 21] },
  loyal: { weight: 13, orders: [6, 16], recency: [15, 110] },
  potential: { weight: 13, orders: [2, 4], recency: [0, 70] },
  newcomer: { weight: 8, orders: [1, 1], recency: [0, 25] },
  promising: { weight: 6, orders: [1, 1], recency: [25, 80] },
  attention: { weight: 8, orders: [3, 5], recency: [60, 160] },
  sleepy: { weight: 8, orders: [1, 2], recency: [80, 175] },
  cantLose: { weight: 5, orders: [12, 26], recency: [190, 420] },
  atRisk: { weight: 9, orders: [3, 8], recency: [180, 360] },
  hibernating: { weight: 19, orders: [1, 2], recency: [250, 880] },
} as const satisfies Record<string, { weight: number; orders: readonly [number, number]; recency: readonly [number, number] }>;
type Archetype = keyof typeof ARCHETYPES;

/** How much a person engages in the lead-scoring window, as event counts per type. */
type Intent = 'cold' | 'warm' | 'hot';
const RECENT_EVENTS: Record<Intent, Partial<Record<KnownEventType, [min: number, max: number]>>> = {
  cold: { page_view: [0, 5], email_open: [0, 6], email_click: [0, 1], social_like: [0, 1] },
  warm: { page_view: [2, 8], email_open: [2, 8], email_click: [1, 3], pricing_page_view: [1, 2], download: [0, 1], social_like: [0, 2], social_share: [0, 1] },
  hot: {
    page_view: [5, 15], email_open: [2, 8], email_click: [2, 5], pricing_page_view: [3, 6], download: [1, 3], form_submit: [1, 2],
    demo_request: [0, 1], trial_start: [0, 1], social_share: [0, 2],
  },
};
/** The mix of events before the scoring window. */
const OLDER_EVENTS: Partial<Record<KnownEventType, number>> = {
  page_view: 35, email_open: 25, email_click: 10, pricing_page_view: 5, download: 5, social_like: 6, social_share: 2, form_submit: 3,
  email_bounce: 1, trial_start: 1, demo_request: 1,
};

// ---------------------------------------------------------------------------
// Randomness: every draw goes through one seeded faker, in a fixed order.

function randomness(seed: number) {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  return {
    faker,
    int,
    chance: (probability: number) => faker.datatype.boolean({ probability }),
    pick: <T>(items: readonly T[]): T => faker.helpers.arrayElement(items),
    some: <T>(items: readonly T[], min: number, max: number): T[] => faker.helpers.arrayElements(items, { min, max }),
    /** One of the keys, each as likely as its weight (zero-weight keys never). */
    weighted: <K extends string>(weights: { readonly [P in K]?: number }): K =>
      faker.helpers.weightedArrayElement(Object.entries<number | undefined>(weights)
        .filter(([, weight]) => weight).map(([value, weight]) => ({ value: value as K, weight: weight! }))),
    weightedItem: <T extends { weight: number }>(items: readonly T[]): T =>
      faker.helpers.weightedArrayElement(items.map((value) => ({ value, weight: value.weight }))),
    /** A whole number of minutes between `minDays` and `maxDays` days ago. */
    minutesAgo: (minDays: number, maxDays: number) => int(Math.round(minDays * DAY_MINUTES), Math.round(maxDays * DAY_MINUTES)),
  };
}
type Random = ReturnType<typeof randomness>;

// ---------------------------------------------------------------------------
// Generation: plain rows with their ids, written afterwards in bulk.

type Rows = {
  companies: Company[];
  contacts: Contact[];
  contactEmails: Array<typeof contactEmails.$inferInsert>;
  contactTags: Array<{ contactId: number; slug: TagSlug; appliedAt: string; sourceHost: string }>;
  orders: Array<typeof orders.$inferInsert>;
  orderLines: Array<typeof orderLines.$inferInsert>;
  events: Array<typeof events.$inferInsert>;
  surveys: Array<typeof surveys.$inferInsert>;
  deals: Array<typeof deals.$inferInsert>;
  dealStageHistory: Array<typeof dealStageHistory.$inferInsert>;
};

/** What the generator knows about a random person beyond their row. */
type Person = {
  contact: Contact;
  company: Company | null;
  archetype: Archetype | null;
  intent: Intent;
  joinedDaysAgo: number;
  wholesale: boolean;
  revenue: number;
};

const PRODUCTS = new Map(Object.entries(PRODUCT_LINES).flatMap(([line, items]) => items.map(([sku, , price]) => [sku, { line, price }] as const)));
const FUNNEL: DealStage[] = ['intro', 'free_trial', 'formal_proposal', 'negotiation', 'contract_signed'];

class DemoBuilder {
  readonly rows: Rows = {
    companies: [], contacts: [], contactEmails: [], contactTags: [], orders: [], orderLines: [], events: [], surveys: [], deals: [], dealStageHistory: [],
  };
  private readonly rnd: Random;
  private readonly now: number;
  private readonly firstCompanyId: number;
  private readonly takenEmails = new Set<string>([...UNKNOWN_DEMO_EMAILS, ...SHOWCASE.map((p) => p.email)]);
  private readonly takenDomains = new Set<string>(SHOWCASE.flatMap((p) => (p.company?.domain ? [p.company.domain] : [])));
  private readonly tagsOf = new Map<number, Set<TagSlug>>();

  constructor(seed: number, now: Date, firstCompanyId: number) {
    this.rnd = randomness(seed);
    this.now = now.getTime();
    this.firstCompanyId = firstCompanyId;
  }

  build(size: number): Rows {
    const employers = this.randomCompanies(Math.max(10, Math.round(size * 0.075)));
    SHOWCASE.forEach((person, n) => this.showcasePerson(person, n + 1));
    const people = Array.from({ length: Math.max(0, size - SHOWCASE.length) }, (_, n) => this.randomPerson(SHOWCASE.length + n + 1, employers));
    this.randomDeals(people, Math.round(size / 5));
    this.randomTags(people);
    this.tagRows();
    return this.rows;
  }

  private iso(minutesAgo: number) {
    return new Date(this.now - minutesAgo * 60_000).toISOString();
  }

  // --- companies

  private addCompany(company: Omit<Company, 'id'>): Company {
    const row = { ...company, id: this.firstCompanyId + this.rows.companies.length };
    this.rows.companies.push(row);
    return row;
  }

  private uniqueDomain(base: string) {
    let domain = `${base}.example.com`;
    for (let n = 2; this.takenDomains.has(domain); n++) domain = `${base}${n}.example.com`;
    this.takenDomains.add(domain);
    return domain;
  }

  /** Two fifths Iranian, the rest international, each pool for people of the matching language. */
  private randomCompanies(count: number): Record<Locale, Company[]> {
    const { pick, weighted, weightedItem, faker } = this.rnd;
    // Every brand × line of business once before any repeats, so Persian names stay distinct (from the showcase's too).
    const showcaseNames = new Set(SHOWCASE.map((p) => p.company?.name));
    const persian = faker.helpers.shuffle(FA_BRANDS.flatMap((brand) => E.Industry.options.flatMap((industry) =>
      FA_BUSINESS[industry].filter((kind) => !showcaseNames.has(`${kind[0]} ${brand[0]}`)).map((kind) => ({ brand, industry, kind })))));
    const pools: Record<Locale, Company[]> = { fa: [], en: [] };
    for (let i = 0; i < count; i++) {
      const size = weighted({ '1-10': 20, '11-50': 30, '51-200': 25, '201-1000': 15, '1000+': 10 });
      const common = { size, revenueBand: pick(REVENUE_BY_SIZE[size]), createdAt: this.iso(this.rnd.minutesAgo(HISTORY_DAYS, HISTORY_DAYS + 400)) };
      if (i % 5 < 2) {
        const { brand: [brand, brandLatin], industry, kind: [kind, kindLatin] } = persian[pools.fa.length % persian.length]!;
        pools.fa.push(this.addCompany({
          ...common, industry, name: `${kind} ${brand}`, domain: this.uniqueDomain(`${brandLatin}-${kindLatin}`), country: 'IR',
          city: weightedItem(IR_PLACES).cities[0]!,
        }));
      } else {
        const name = faker.company.name();
        const place = weightedItem(EN_PLACES);
        pools.en.push(this.addCompany({
          ...common, industry: pick(E.Industry.options), name, domain: this.uniqueDomain(slug(name.split(/[\s,]+/).slice(0, 2).join(' '))),
          country: place.country, city: pick(place.cities),
        }));
      }
    }
    return pools;
  }

  // --- people

  private uniqueEmail(local: string, domain: string) {
    let email = `${local}@${domain}`;
    for (let n = 2; this.takenEmails.has(email); n++) email = `${local}${n}@${domain}`;
    this.takenEmails.add(email);
    return email;
  }

  private localPart(first: string, last: string) {
    const [f, l] = [slug(first).replace(/-/g, ''), slug(last).replace(/-/g, '')];
    return this.rnd.weighted({
      [`${f}.${l}`]: 50, [`${f}${l}`]: 10, [`${f[0]}.${l}`]: 15, [`${f}_${l}`]: 5, [`${f}.${l}${this.rnd.int(70, 99)}`]: 10, [`${f}${l[0]}`]: 10,
    });
  }

  /** The dimensions that follow from locale, age and job level, drawn plausibly. */
  private profile(locale: Locale, ageBand: Enum<typeof E.AgeBand>, jobLevel: Contact['jobLevel']) {
    const { int, chance, pick, some, weighted } = this.rnd;
    const fa = locale === 'fa';
    const age = { child: int(8, 12), teen: int(15, 17), young_adult: int(18, 34), middle_aged: int(35, 59), senior: int(60, 82) }[ageBand];
    const maritalStatus = age < 18 ? 'single' : weighted(ageBand === 'young_adult' ? { single: 60, married: 37, divorced: 3 } : { single: 12, married: 75, divorced: 13 });
    const incomeBand = jobLevel === 'executive' || jobLevel === 'director' ? weighted({ high: 80, middle: 20 })
      : jobLevel === 'manager' ? weighted({ high: 35, middle: 60, low: 5 }) : weighted({ high: 8, middle: 52, low: 40 });
    const priceReaction = weighted(incomeBand === 'high' ? { price_sensitive: 25, quality_seeking: 75 } : { price_sensitive: 60, quality_seeking: 40 });
    const os = weighted(fa ? { android: 55, windows: 25, ios: 12, linux: 4, macos: 4 } : { ios: 30, android: 25, windows: 25, macos: 15, linux: 5 });
    return {
      ageBand, maritalStatus, incomeBand, priceReaction, os,
      birthday: new Date(this.now - (age * 365.25 + int(0, 364)) * DAY_MINUTES * 60_000).toISOString().slice(0, 10),
      household: maritalStatus === 'married' ? weighted({ couple_without_children: 35, large_family: 65 }) : weighted({ single_person: 75, large_family: 25 }),
      gender: weighted(fa ? { female: 50, male: 50 } : { female: 49, male: 49, other: 2 }),
      settlement: weighted({ urban: 72, suburban: 18, rural: 10 }),
      lifestyle: weighted({ modern: 40, traditional: fa ? 30 : 20, minimalist: 18, luxury: incomeBand === 'high' ? 25 : 5 }),
      interests: some(E.Interest.options, 1, 3),
      personality: pick(E.Personality.options),
      values: some(VALUES, 1, 3),
      // Brand attitude mostly follows how the person reacts to price.
      brandAttitude: weighted(priceReaction === 'price_sensitive' ? { discount_seeker: 80, quality_and_brand: 20 } : { discount_seeker: 20, quality_and_brand: 80 }),
      techSkill: weighted({ beginner: 20, normal: 55, pro: 25 }),
      device: os === 'windows' || os === 'macos' || os === 'linux' ? weighted({ desktop: 85, tablet: 5, mobile: 10 }) : weighted({ mobile: 85, tablet: 15 }),
      socialPlatform: weighted(fa ? { instagram: 40, telegram: 35, whatsapp: 20, linkedin: 5 } : { linkedin: 30, instagram: 25, whatsapp: 20, x: 25 }),
      internetSpeed: weighted(fa ? { slow: 25, average: 55, fast: 20 } : { slow: 5, average: 35, fast: 60 }),
      acquisitionSource: weighted({ referral: 22, advertising: 18, social: 20, organic_search: 25, event: 8, direct: 7 }),
      needs: some(NEEDS[locale], 1, 2),
      consentProfiling: chance(0.95),
      consentMarketing: chance(0.6),
    };
  }

  /** Titles follow education and work, and are used more readily in Persian. */
  private honorific(locale: Locale, p: { gender: Contact['gender']; maritalStatus: Contact['maritalStatus']; ageBand: Contact['ageBand'] }, education: Contact['education'], engineer: boolean): Contact['honorific'] {
    const { chance, weighted } = this.rnd;
    const fa = locale === 'fa';
    const senior = p.ageBand === 'senior';
    if (education === 'doctorate') {
      const title = weighted(fa ? { dr: 75, prof: senior ? 15 : 5, none: 10 } : { dr: 55, prof: senior ? 12 : 4, none: 35 });
      if (title !== 'none') return title;
    }
    if (engineer && (education === 'bachelor' || education === 'master') && chance(fa ? 0.8 : 0.05)) return 'eng';
    if (p.gender === 'other' || !chance(fa ? 0.35 : 0.25)) return null;
    return p.gender === 'male' ? 'mr' : p.maritalStatus === 'married' ? 'mrs' : 'ms';
  }

  private randomPerson(id: number, employers: Record<Locale, Company[]>): Person {
    const { int, chance, pick, weighted, weightedItem, faker } = this.rnd;
    const locale: Locale = chance(PERSIAN_SHARE) ? 'fa' : 'en';
    const fa = locale === 'fa';
    const ageBand = weighted({ teen: 2, young_adult: 38, middle_aged: 45, senior: 15 });
    const occupation = ageBand === 'teen' ? null
      : ageBand === 'senior' ? weighted({ retired: 60, employee: 30, freelancer: 10 }) : weighted({ employee: 78, freelancer: 14, unemployed: 8 });
    // A few employers have many people on file, as in any real customer base.
    const company = (occupation === 'employee' && chance(0.95)) || (occupation === 'freelancer' && chance(0.3))
      ? weightedItem(employers[locale].map((c, n) => ({ c, weight: n % 7 === 0 ? 8 : n % 3 === 0 ? 3 : 1 }))).c
      : null;
    const jobLevel = occupation === 'employee' ? weighted({ staff: 50, manager: 28, director: 14, executive: 8 }) : null;
    const role = jobLevel ? pick(ROLES[jobLevel]) : occupation === 'freelancer' ? pick(ROLES.freelance) : null;
    const p = this.profile(locale, ageBand, jobLevel);
    const education = ageBand === 'teen' ? 'below_diploma'
      : weighted(fa ? { below_diploma: 5, diploma: 15, bachelor: 40, master: 28, doctorate: 12 } : { below_diploma: 5, diploma: 25, bachelor: 40, master: 22, doctorate: 8 });
    const female = p.gender === 'female' || (p.gender === 'other' && chance(0.5));
    const [first, last]: Spelled[] = fa
      ? [pick(female ? FA_FEMALE : FA_MALE), pick(FA_LAST)]
      : [faker.person.firstName(female ? 'female' : 'male'), faker.person.lastName()].map((n) => [n, n] as const);
    const name = `${first![0]} ${last![0]}`;
    const local = this.localPart(first![1], last![1]);

    // People who work somewhere mostly give their work address first; some have both.
    const workFirst = company !== null && chance(0.6);
    const personalDomain = pick(PERSONAL_DOMAINS);
    const email = this.uniqueEmail(local, workFirst ? company.domain! : personalDomain);
    const alternates = company && chance(0.35) ? [this.uniqueEmail(local, workFirst ? personalDomain : company.domain!)]
      : chance(0.08) ? [this.uniqueEmail(local, pick(PERSONAL_DOMAINS.filter((d) => d !== personalDomain)))] : [];
    [email, ...alternates].forEach((address, n) => this.rows.contactEmails.push({ email: address, contactId: id, isPrimary: n === 0 }));

    const places = fa ? IR_PLACES : EN_PLACES;
    const nearWork = company && chance(0.7) ? places.find((pl) => pl.country === company.country && pl.cities.includes(company.city!)) : undefined;
    const home = nearWork ?? weightedItem(places);
    const [phonePrefix, phoneDigits] = PHONE[home.country]!;
    const contact: Contact = {
      ...p,
      id, email, name, locale, education, occupation, jobLevel,
      honorific: this.honorific(locale, p, education, role?.engineer === true),
      jobTitle: role ? role[locale] : null,
      phone: chance(0.85) ? `${phonePrefix}${faker.string.numeric(phoneDigits)}` : null,
      companyId: company?.id ?? null,
      country: home.country, province: home.province, city: nearWork ? company!.city! : pick(home.cities), climate: home.climate,
      usage: weighted(company ? { professional: 85, everyday: 15 } : { professional: 30, everyday: 70 }),
      techSkill: role?.engineer ? weighted({ normal: 30, pro: 70 }) : p.techSkill,
    };
    // About a quarter of the base has never ordered: leads.
    const archetype = chance(0.25) ? null : weighted(Object.fromEntries(Object.entries(ARCHETYPES).map(([k, a]) => [k, a.weight])) as Record<Archetype, number>);
    const person: Person = {
      contact, company, archetype, joinedDaysAgo: int(5, HISTORY_DAYS), wholesale: company !== null && chance(0.07), revenue: 0,
      intent: weighted(archetype ? { cold: 74, warm: 23, hot: 3 } : { cold: 57, warm: 34, hot: 9 }),
    };
    if (archetype) {
      const firstOrderDaysAgo = this.buyerOrders(person, archetype);
      person.joinedDaysAgo = Math.min(HISTORY_DAYS + 20, firstOrderDaysAgo + int(0, 40));
      this.surveysOf(person, firstOrderDaysAgo);
    }
    contact.createdAt = this.iso(person.joinedDaysAgo * DAY_MINUTES + int(0, 1000));
    contact.updatedAt = this.iso(this.rnd.minutesAgo(0, person.joinedDaysAgo));
    this.eventsOf(person);
    this.rows.contacts.push(contact);
    return person;
  }

  private showcasePerson(person: ShowcasePerson, id: number) {
    const company = person.company ? this.addCompany({ ...person.company, createdAt: this.iso((person.joinedDaysAgo + 200) * DAY_MINUTES) }) : null;
    const generated = this.profile(person.locale, person.profile.ageBand ?? 'middle_aged', person.profile.jobLevel ?? null);
    this.rows.contacts.push({
      ...generated, ...person.profile,
      id, email: person.email, name: person.name, honorific: person.honorific, locale: person.locale, companyId: company?.id ?? null,
      createdAt: this.iso(person.joinedDaysAgo * DAY_MINUTES), updatedAt: this.iso(this.rnd.int(0, 5) * DAY_MINUTES),
    });
    this.rows.contactEmails.push({ email: person.email, contactId: id, isPrimary: true });
    // Two hours into the day, so "N days ago" is N whole days however it is rounded.
    const at = (daysAgo: number) => daysAgo * DAY_MINUTES + 120;
    for (const o of person.orders) this.addOrder(id, at(o.daysAgo), o.lines);
    for (const e of person.events) this.addEvent(id, e.type, at(e.daysAgo), e.properties);
    for (const s of person.surveys) this.rows.surveys.push({ contactId: id, kind: s.kind, score: s.score, comment: s.comment, respondedAt: this.iso(at(s.daysAgo)) });
    for (const d of person.deals) this.addDeal(id, d.title, d.amount, d.moves.map((m) => ({ stage: m.stage, minutesAgo: at(m.daysAgo) })));
    for (const slugName of person.tags) {
      const known = TAGS.find((t) => t.slug === slugName);
      if (!known) throw new Error(`unknown demo tag ${slugName}`);
      this.tag(id, known.slug);
    }
  }

  // --- orders

  /** Returns the order's amount: the sum of its lines at catalogue prices. */
  private addOrder(contactId: number, minutesAgo: number, lines: ReadonlyArray<{ sku: string; quantity: number }>) {
    const id = this.rows.orders.length + 1;
    let amount = 0;
    for (const { sku, quantity } of lines) {
      const product = PRODUCTS.get(sku);
      if (!product) throw new Error(`unknown demo product ${sku}`);
      amount += product.price * quantity;
      this.rows.orderLines.push({ orderId: id, sku, productLine: product.line, quantity, unitPrice: product.price });
    }
    this.rows.orders.push({ id, contactId, externalId: `DEMO-${String(id).padStart(6, '0')}`, amount, currency: 'USD', orderedAt: this.iso(minutesAgo) });
    return amount;
  }

  /** A buyer's orders, mostly from one or two favourite product lines; returns how many days ago the first was. */
  private buyerOrders(person: Person, archetype: Archetype): number {
    const { int, chance, pick, some, weighted } = this.rnd;
    const { orders: [minOrders, maxOrders], recency: [minRecency, maxRecency] } = ARCHETYPES[archetype];
    const count = int(minOrders, maxOrders);
    const lastDaysAgo = int(minRecency, maxRecency);
    const firstDaysAgo = count === 1 ? lastDaysAgo : Math.min(HISTORY_DAYS, lastDaysAgo + (count - 1) * int(12, 45));
    const between = Array.from({ length: Math.max(0, count - 2) }, () => int(lastDaysAgo, firstDaysAgo));
    const lines = Object.keys(PRODUCT_LINES);
    const favourites = some(lines, 1, 2);
    for (const day of [lastDaysAgo, firstDaysAgo, ...between].slice(0, count)) {
      const orderLines = Array.from({ length: Number(weighted({ 1: 50, 2: 35, 3: 15 })) }, () => ({
        sku: pick(PRODUCT_LINES[chance(0.8) ? pick(favourites) : pick(lines)]!)[0],
        quantity: person.wholesale ? int(5, 40) : Number(weighted({ 1: 70, 2: 20, 3: 10 })),
      }));
      const minutesAgo = day * DAY_MINUTES + int(0, 600);
      person.revenue += this.addOrder(person.contact.id, minutesAgo, orderLines);
      if (chance(0.1)) this.addEvent(person.contact.id, 'offer_redeemed', minutesAgo);
    }
    return firstDaysAgo;
  }

  // --- events

  private addEvent(contactId: number, type: KnownEventType, minutesAgo: number, properties = this.eventProperties(type)) {
    const n = this.rows.events.length + 1;
    this.rows.events.push({ contactId, type, properties, occurredAt: this.iso(minutesAgo), idempotencyKey: `demo-${contactId}-${n}` });
  }

  private eventProperties(type: KnownEventType): Record<string, unknown> {
    const { pick } = this.rnd;
    switch (type) {
      case 'page_view': return { page: pick(PAGES) };
      case 'pricing_page_view': return { page: '/pricing', plan: pick(['starter', 'team', 'enterprise']) };
      case 'download': return { asset: pick(['segmentation-guide.pdf', 'rfm-whitepaper.pdf', 'price-list-2026.pdf', 'case-study-retail.pdf']) };
      case 'email_open': case 'email_click': return { campaign: pick(CAMPAIGNS) };
      case 'social_like': case 'social_share': return { network: pick(['instagram', 'linkedin', 'x', 'telegram']) };
      case 'form_submit': return { form: pick(['contact-sales', 'newsletter', 'webinar-signup']) };
      case 'trial_start': return { plan: pick(['team', 'enterprise']) };
      case 'demo_request': return { page: '/demo-request' };
      case 'unsubscribe': return { list: 'newsletter' };
      case 'email_bounce': return { reason: pick(['mailbox_full', 'no_such_user']) };
      case 'complaint': return { channel: pick(['support', 'phone', 'social']) };
      // As the redemptions route records them: the offer's key (see shared/data/offers.ts).
      case 'offer_redeemed': return { offer: pick(['welcome_gift', 'loyalty_reward', 'win_back', 'vip_care']) };
    }
  }

  /** Recent events by intent (they make the lead score), older ones in proportion to tenure. */
  private eventsOf(person: Person) {
    const { int, chance, pick, weighted, minutesAgo } = this.rnd;
    const id = person.contact.id;
    const windowDays = Math.min(LEAD_SCORING.windowDays - 1, person.joinedDaysAgo);
    for (const [type, [min, max]] of Object.entries(RECENT_EVENTS[person.intent]) as Array<[KnownEventType, [number, number]]>) {
      for (let n = int(min, max); n > 0; n--) this.addEvent(id, type, minutesAgo(0, windowDays));
    }
    if (person.intent === 'cold' && chance(0.04)) this.addEvent(id, pick(['unsubscribe', 'email_bounce'] as const), minutesAgo(0, windowDays));
    const olderMonths = (person.joinedDaysAgo - LEAD_SCORING.windowDays) / 30;
    for (let n = Math.round(olderMonths * int(8, 20) / 10); n > 0; n--) {
      this.addEvent(id, weighted(OLDER_EVENTS), minutesAgo(LEAD_SCORING.windowDays, person.joinedDaysAgo));
    }
  }

  // --- surveys

  /** Lapsed buyers are unhappier; the latest answer carries the person's current mood. */
  private surveysOf(person: Person, firstOrderDaysAgo: number) {
    const { int, chance, pick, weighted } = this.rnd;
    const lapsed = person.archetype === 'hibernating' || person.archetype === 'atRisk' || person.archetype === 'cantLose';
    const mood: SatisfactionSegment = weighted(lapsed ? { satisfied: 50, dissatisfied: 35, angry: 15 } : { satisfied: 78, dissatisfied: 17, angry: 5 });
    const days = Array.from({ length: Number(weighted({ 0: 15, 1: 30, 2: 30, 3: 20, 4: 5 })) }, () => int(0, firstOrderDaysAgo)).sort((a, b) => b - a);
    days.forEach((day, n) => {
      const feeling: SatisfactionSegment = n === days.length - 1 ? mood : weighted({ satisfied: 70, dissatisfied: 22, angry: 8 });
      const kind: SurveyKind = chance(0.6) ? 'csat' : 'nps';
      const score = kind === 'csat'
        ? { satisfied: int(4, 5), dissatisfied: 3, angry: int(1, 2) }[feeling]
        : { satisfied: int(7, 10), dissatisfied: int(4, 6), angry: int(0, 3) }[feeling];
      const minutesAgo = day * DAY_MINUTES + int(0, 1000);
      this.rows.surveys.push({
        contactId: person.contact.id, kind, score,
        comment: chance(0.65) ? pick(COMMENTS[person.contact.locale!][feeling]) : null,
        respondedAt: this.iso(minutesAgo),
      });
      // Angry people usually complained before they answered.
      if (feeling === 'angry' && chance(0.6)) this.addEvent(person.contact.id, 'complaint', minutesAgo + int(60, 720));
    });
  }

  // --- deals

  /** The deal and its history: one row per move, the last move being its current stage. */
  private addDeal(contactId: number, title: string, amount: number, moves: ReadonlyArray<{ stage: DealStage; minutesAgo: number }>) {
    const id = this.rows.deals.length + 1;
    const last = moves.at(-1)!;
    this.rows.deals.push({
      id, contactId, title, amount, currency: 'USD', stage: last.stage, stageChangedAt: this.iso(last.minutesAgo), createdAt: this.iso(moves[0]!.minutesAgo),
    });
    moves.forEach((move, n) => this.rows.dealStageHistory.push({
      dealId: id, fromStage: n === 0 ? null : moves[n - 1]!.stage, toStage: move.stage, changedAt: this.iso(move.minutesAgo), changedBy: 'demo',
    }));
  }

  /** Engaged people are in the funnel, good customers signed, some deals fell through. */
  private randomDeals(people: Person[], target: number) {
    const { chance, weighted, faker } = this.rnd;
    for (const person of faker.helpers.shuffle(people.filter((p) => p.company !== null || p.intent !== 'cold'))) {
      if (this.rows.deals.length >= target) break;
      const bigBuyer = person.archetype === 'champion' || person.archetype === 'loyal' || person.archetype === 'cantLose';
      if (!chance(person.intent === 'hot' ? 0.85 : person.intent === 'warm' ? 0.4 : bigBuyer ? 0.45 : 0.1)) continue;
      const weights: Record<DealStage, number> = person.intent === 'hot' ? { intro: 10, free_trial: 30, formal_proposal: 30, negotiation: 25, contract_signed: 0, lost: 5 }
        : person.intent === 'warm' ? { intro: 40, free_trial: 18, formal_proposal: 15, negotiation: 10, contract_signed: 5, lost: 12 }
          : bigBuyer ? { intro: 0, free_trial: 0, formal_proposal: 8, negotiation: 7, contract_signed: 75, lost: 10 }
            : { intro: 30, free_trial: 5, formal_proposal: 5, negotiation: 0, contract_signed: 20, lost: 40 };
      // Only someone who bought has a signed contract behind them.
      if (!person.archetype) weights.contract_signed = 0;
      this.randomDeal(person, weighted(weights));
    }
  }

  /** A deal that walked the funnel in order (sometimes skipping the trial) to `stage`. */
  private randomDeal(person: Person, stage: DealStage) {
    const { int, chance, pick } = this.rnd;
    const reached = stage === 'lost' ? pick(OPEN_STAGES) : stage;
    let stages = FUNNEL.slice(0, FUNNEL.indexOf(reached) + 1);
    if (stages.length > 2 && chance(0.3)) stages = stages.filter((s) => s !== 'free_trial');
    if (stage === 'lost') stages.push('lost');
    const lastDaysAgo = OPEN_STAGES.includes(stage) ? int(1, 60) : int(5, 700);
    const firstDaysAgo = Math.min(HISTORY_DAYS, lastDaysAgo + int(stages.length * 7, stages.length * 35));
    const step = stages.length === 1 ? 0 : (firstDaysAgo - lastDaysAgo) / (stages.length - 1);
    const offer = pick(DEAL_OFFERS[person.contact.locale!]);
    this.addDeal(person.contact.id, person.company ? `${offer} — ${person.company.name}` : offer, int(15, 1500) * 100,
      stages.map((s, n) => ({ stage: s, minutesAgo: Math.round((firstDaysAgo - n * step) * DAY_MINUTES) })));
  }

  // --- tags, applied from the webmail page the extension ran on

  private tag(contactId: number, slugName: TagSlug) {
    this.tagsOf.set(contactId, (this.tagsOf.get(contactId) ?? new Set()).add(slugName));
  }

  private randomTags(people: Person[]) {
    const { chance } = this.rnd;
    const vipFrom = people.map((p) => p.revenue).sort((a, b) => b - a)[Math.floor(people.length * 0.045)] ?? Infinity;
    for (const person of people) {
      const c = person.contact;
      if (person.revenue > 0 && person.revenue >= vipFrom) this.tag(c.id, 'vip');
      if (c.consentMarketing && chance(0.45)) this.tag(c.id, 'newsletter');
      if (person.wholesale && person.archetype) this.tag(c.id, 'wholesale');
      if ((person.company?.size === '201-1000' || person.company?.size === '1000+') && chance(0.12)) this.tag(c.id, 'partner');
      if (chance(c.acquisitionSource === 'event' ? 0.8 : 0.02)) this.tag(c.id, 'event-2026');
      if (c.techSkill === 'pro' && chance(0.15)) this.tag(c.id, 'beta-tester');
      if (c.locale === 'fa' && chance(0.2)) this.tag(c.id, 'nowruz-1405');
      if (c.honorific === 'eng' && chance(0.7)) this.tag(c.id, 'engineers-day');
    }
  }

  private tagRows() {
    const joined = new Map(this.rows.contacts.map((c) => [c.id, Math.floor((this.now - Date.parse(c.createdAt!)) / (DAY_MINUTES * 60_000))]));
    for (const [contactId, slugs] of this.tagsOf) {
      for (const s of slugs) {
        this.rows.contactTags.push({
          contactId, slug: s, appliedAt: this.iso(this.rnd.minutesAgo(0, Math.min(400, joined.get(contactId)!))), sourceHost: this.rnd.weighted(TAG_HOSTS),
        });
      }
    }
  }
}

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------
// Writing

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Multi-row inserts, as many rows per statement as the bound-variable limit allows. */
async function insertChunked<T extends SQLiteTable>(tx: Tx, table: T, values: Array<T['$inferInsert']>) {
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / Object.keys(getTableColumns(table)).length));
  for (let i = 0; i < values.length; i += perStatement) await tx.insert(table).values(values.slice(i, i + perStatement));
}

/** Seeds the demo data into a database that has no contacts yet. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const { seed = 1405, contacts: size = 2000, now = new Date() } = options;
  await db.transaction(async (tx) => {
    const [people] = await tx.select({ count: count() }).from(contacts);
    if (people!.count > 0) throw new Error('seedDemo: the database already has contacts');
    // Companies may exist without contacts (created through the API), so demo ones follow them.
    const [companyIds] = await tx.select({ last: max(companies.id) }).from(companies);

    const rows = new DemoBuilder(seed, now, (companyIds?.last ?? 0) + 1).build(size);
    const created = now.toISOString();
    await tx.insert(tags).values(TAGS.map((t) => ({ ...t, createdAt: created }))).onConflictDoNothing({ target: tags.slug });
    const tagIds = new Map((await tx.select({ id: tags.id, slug: tags.slug }).from(tags)).map((t) => [t.slug, t.id]));
    await tx.insert(products).values(Object.entries(PRODUCT_LINES).flatMap(([productLine, items]) =>
      items.map(([sku, name, price]) => ({ sku, name, productLine, price })))).onConflictDoNothing({ target: products.sku });

    await insertChunked(tx, companies, rows.companies);
    await insertChunked(tx, contacts, rows.contacts);
    await insertChunked(tx, contactEmails, rows.contactEmails);
    await insertChunked(tx, contactTags, rows.contactTags.map(({ contactId, slug: s, appliedAt, sourceHost }) =>
      ({ contactId, tagId: tagIds.get(s)!, appliedBy: 'demo', appliedAt, sourceHost })));
    await insertChunked(tx, orders, rows.orders);
    await insertChunked(tx, orderLines, rows.orderLines);
    await insertChunked(tx, events, rows.events);
    await insertChunked(tx, surveys, rows.surveys);
    await insertChunked(tx, deals, rows.deals);
    await insertChunked(tx, dealStageHistory, rows.dealStageHistory);
    // The demo workspace's plans, so the overlay can suggest upgrades (a real workspace names its own).
    await tx.insert(workspaceSettings).values({ key: 'price-ladders', value: PRICE_LADDERS, updatedAt: created, updatedBy: 'demo' })
      .onConflictDoNothing();
  });
}
