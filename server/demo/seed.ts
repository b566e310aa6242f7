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
  companies, contactEmails, contacts, contactTags, deals, dealStageHistory, events, orderLines, orders, products, surveys, tags,
} from '../db/schema';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS, type ShowcasePerson } from './showcase';

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

// ---------------------------------------------------------------------------
// Vocabulary

/** Persian names with the Latin spelling their ASCII addresses are made from. */
type Spelled = readonly [persian: string, latin: string];
const FA_FEMALE: readonly Spelled[] = [
  ['سارا', 'sara'], ['مریم', 'maryam'], ['فاطمه', 'fatemeh'], ['زهرا', 'zahra'], ['نیلوفر', 'niloofar'], ['مینا', 'mina'],
  ['لیلا', 'leila'], ['نگار', 'negar'], ['شیرین', 'shirin'], ['پریسا', 'parisa'], ['الهام', 'elham'], ['آزاده', 'azadeh'],
  ['سمیرا', 'samira'], ['ریحانه', 'reyhaneh'], ['هانیه', 'hanieh'], ['مهسا', 'mahsa'], ['نازنین', 'nazanin'], ['پروین', 'parvin'],
  ['کتایون', 'katayoun'], ['ترانه', 'taraneh'], ['یاسمن', 'yasaman'], ['بهاره', 'bahareh'], ['سحر', 'sahar'], ['رویا', 'roya'], ['آیدا', 'aida'],
];
const FA_MALE: readonly Spelled[] = [
  ['علی', 'ali'], ['محمد', 'mohammad'], ['حسین', 'hossein'], ['رضا', 'reza'], ['مهدی', 'mehdi'], ['امیر', 'amir'],
  ['سعید', 'saeed'], ['حمید', 'hamid'], ['مجید', 'majid'], ['بهرام', 'bahram'], ['کاوه', 'kaveh'], ['آرش', 'arash'],
  ['بابک', 'babak'], ['پویا', 'pouya'], ['سینا', 'sina'], ['فرهاد', 'farhad'], ['کامران', 'kamran'], ['داریوش', 'dariush'],
  ['نیما', 'nima'], ['امید', 'omid'], ['یاسر', 'yaser'], ['مصطفی', 'mostafa'], ['جواد', 'javad'], ['حامد', 'hamed'], ['پیمان', 'peyman'],
];
const FA_LAST: readonly Spelled[] = [
  ['رضایی', 'rezaei'], ['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['احمدی', 'ahmadi'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'],
  ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['هاشمی', 'hashemi'], ['نوری', 'nouri'], ['کاظمی', 'kazemi'],
  ['قاسمی', 'ghasemi'], ['طاهری', 'taheri'], ['عباسی', 'abbasi'], ['حیدری', 'heidari'], ['شریفی', 'sharifi'], ['مرادی', 'moradi'],
  ['اکبری', 'akbari'], ['سلیمانی', 'soleimani'], ['بهرامی', 'bahrami'], ['نجفی', 'najafi'], ['تهرانی', 'tehrani'], ['شیرازی', 'shirazi'],
  ['اصفهانی', 'esfahani'], ['یزدانی', 'yazdani'], ['فرهادی', 'farhadi'], ['امینی', 'amini'], ['زمانی', 'zamani'], ['کرمانی', 'kermani'],
  ['پاکزاد', 'pakzad'], ['توکلی', 'tavakoli'], ['میرزایی', 'mirzaei'], ['خسروی', 'khosravi'], ['ملکی', 'maleki'], ['سبحانی', 'sobhani'],
  ['نیک‌نام', 'niknam'], ['قربانی', 'ghorbani'], ['باقری', 'bagheri'], ['فتحی', 'fathi'],
];

type Place = { country: string; province: string; cities: readonly string[]; climate: Enum<typeof E.Climate>; weight: number };
const IR_PLACES: readonly Place[] = [
  { country: 'IR', province: 'تهران', cities: ['تهران', 'اسلامشهر', 'شهریار'], climate: 'temperate', weight: 30 },
  { country: 'IR', province: 'اصفهان', cities: ['اصفهان', 'کاشان', 'نجف‌آباد'], climate: 'hot', weight: 10 },
  { country: 'IR', province: 'فارس', cities: ['شیراز', 'مرودشت'], climate: 'temperate', weight: 8 },
  { country: 'IR', province: 'خراسان رضوی', cities: ['مشهد', 'نیشابور'], climate: 'cold', weight: 10 },
  { country: 'IR', province: 'آذربایجان شرقی', cities: ['تبریز', 'مراغه'], climate: 'cold', weight: 7 },
  { country: 'IR', province: 'خوزستان', cities: ['اهواز', 'آبادان', 'دزفول'], climate: 'hot', weight: 6 },
  { country: 'IR', province: 'گیلان', cities: ['رشت', 'بندر انزلی', 'لاهیجان'], climate: 'temperate', weight: 5 },
  { country: 'IR', province: 'مازندران', cities: ['ساری', 'بابل', 'آمل'], climate: 'temperate', weight: 5 },
  { country: 'IR', province: 'البرز', cities: ['کرج', 'فردیس'], climate: 'temperate', weight: 7 },
  { country: 'IR', province: 'کرمان', cities: ['کرمان', 'رفسنجان'], climate: 'hot', weight: 3 },
  { country: 'IR', province: 'یزد', cities: ['یزد', 'میبد'], climate: 'hot', weight: 2 },
  { country: 'IR', province: 'هرمزگان', cities: ['بندرعباس', 'قشم'], climate: 'hot', weight: 2 },
  { country: 'IR', province: 'اردبیل', cities: ['اردبیل'], climate: 'cold', weight: 2 },
  { country: 'IR', province: 'کردستان', cities: ['سنندج'], climate: 'cold', weight: 2 },
  { country: 'IR', province: 'قم', cities: ['قم'], climate: 'hot', weight: 3 },
];
const EN_PLACES: readonly Place[] = [
  { country: 'US', province: 'California', cities: ['San Francisco', 'Los Angeles', 'San Diego'], climate: 'temperate', weight: 10 },
  { country: 'US', province: 'New York', cities: ['New York', 'Buffalo'], climate: 'cold', weight: 8 },
  { country: 'US', province: 'Texas', cities: ['Austin', 'Houston', 'Dallas'], climate: 'hot', weight: 7 },
  { country: 'US', province: 'Illinois', cities: ['Chicago'], climate: 'cold', weight: 4 },
  { country: 'US', province: 'Washington', cities: ['Seattle'], climate: 'temperate', weight: 4 },
  { country: 'US', province: 'Massachusetts', cities: ['Boston'], climate: 'cold', weight: 3 },
  { country: 'US', province: 'Florida', cities: ['Miami', 'Orlando'], climate: 'hot', weight: 4 },
  { country: 'GB', province: 'England', cities: ['London', 'Manchester', 'Bristol'], climate: 'temperate', weight: 12 },
  { country: 'GB', province: 'Scotland', cities: ['Edinburgh', 'Glasgow'], climate: 'cold', weight: 3 },
  { country: 'GB', province: 'Wales', cities: ['Cardiff'], climate: 'temperate', weight: 1 },
  { country: 'DE', province: 'Berlin', cities: ['Berlin'], climate: 'temperate', weight: 4 },
  { country: 'DE', province: 'Bavaria', cities: ['Munich', 'Nuremberg'], climate: 'temperate', weight: 3 },
  { country: 'DE', province: 'Hamburg', cities: ['Hamburg'], climate: 'temperate', weight: 2 },
  { country: 'CA', province: 'Ontario', cities: ['Toronto', 'Ottawa'], climate: 'cold', weight: 6 },
  { country: 'CA', province: 'British Columbia', cities: ['Vancouver'], climate: 'temperate', weight: 3 },
  { country: 'CA', province: 'Quebec', cities: ['Montreal'], climate: 'cold', weight: 2 },
  { country: 'AU', province: 'New South Wales', cities: ['Sydney'], climate: 'temperate', weight: 3 },
  { country: 'AU', province: 'Victoria', cities: ['Melbourne'], climate: 'temperate', weight: 2 },
  { country: 'IE', province: 'Leinster', cities: ['Dublin'], climate: 'temperate', weight: 2 },
];

/** Phone prefixes; US, GB and AU use the ranges reserved for fiction. */
const PHONE: Record<string, [prefix: string, digits: number]> = {
  IR: ['+98 91', 8], US: ['+1 202 555 01', 2], CA: ['+1 613 555 01', 2], GB: ['+44 7700 900', 3],
  DE: ['+49 30 ', 8], AU: ['+61 491 570 ', 3], IE: ['+353 85 ', 7],
};

type Role = { en: string; fa: string; engineer?: true };
const ROLES: Record<Enum<typeof E.JobLevel> | 'freelance', readonly Role[]> = {
  staff: [
    { en: 'Software Engineer', fa: 'مهندس نرم‌افزار', engineer: true }, { en: 'Civil Engineer', fa: 'مهندس عمران', engineer: true },
    { en: 'Electrical Engineer', fa: 'مهندس برق', engineer: true }, { en: 'Accountant', fa: 'حسابدار' },
    { en: 'Sales Representative', fa: 'کارشناس فروش' }, { en: 'Support Specialist', fa: 'کارشناس پشتیبانی' },
    { en: 'Marketing Specialist', fa: 'کارشناس بازاریابی' }, { en: 'Data Analyst', fa: 'تحلیل‌گر داده' },
    { en: 'Procurement Officer', fa: 'کارشناس خرید' }, { en: 'Office Administrator', fa: 'کارشناس اداری' },
  ],
  manager: [
    { en: 'Engineering Manager', fa: 'مدیر فنی', engineer: true }, { en: 'Sales Manager', fa: 'مدیر فروش' },
    { en: 'Marketing Manager', fa: 'مدیر بازاریابی' }, { en: 'Project Manager', fa: 'مدیر پروژه' },
    { en: 'Customer Success Manager', fa: 'مدیر موفقیت مشتری' }, { en: 'Product Manager', fa: 'مدیر محصول' },
  ],
  director: [
    { en: 'IT Director', fa: 'مدیر فناوری اطلاعات', engineer: true }, { en: 'Finance Director', fa: 'مدیر مالی' },
    { en: 'Director of Operations', fa: 'مدیر عملیات' }, { en: 'Head of Research', fa: 'مدیر پژوهش' },
    { en: 'Head of Procurement', fa: 'مدیر تدارکات' },
  ],
  executive: [
    { en: 'Chief Executive Officer', fa: 'مدیرعامل' }, { en: 'Chief Technology Officer', fa: 'مدیر ارشد فناوری', engineer: true },
    { en: 'Founder', fa: 'بنیان‌گذار' }, { en: 'Chief Operating Officer', fa: 'مدیر ارشد عملیات' },
  ],
  freelance: [
    { en: 'Freelance Designer', fa: 'طراح آزاد' }, { en: 'Independent Consultant', fa: 'مشاور مستقل' },
    { en: 'Translator', fa: 'مترجم' }, { en: 'Photographer', fa: 'عکاس' },
  ],
};

/** A stable vocabulary, so values can be filtered on across languages. */
const VALUES = ['family', 'quality', 'sustainability', 'innovation', 'tradition', 'status', 'security', 'independence', 'community', 'health'];
/** Needs are the person's own words, in their language. */
const NEEDS: Record<Locale, readonly string[]> = {
  en: ['faster reporting', 'one view of each customer', 'lower licence cost', 'integration with accounting', 'mobile access',
    'reliable delivery', 'training for new staff', 'better after-sales support', 'automated follow-ups', 'data privacy'],
  fa: ['گزارش‌گیری سریع‌تر', 'نمای یکپارچه از هر مشتری', 'هزینه کمتر مجوز', 'اتصال به نرم‌افزار حسابداری', 'دسترسی از موبایل',
    'پشتیبانی فارسی', 'ارسال به‌موقع', 'آموزش کارکنان جدید', 'پیگیری خودکار مشتریان', 'حفظ حریم خصوصی داده‌ها'],
};

const PERSONAL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.org', 'post.example.net'];

/** Persian company names: a brand and a kind of business, each with the Latin form its domain uses. */
const FA_BRANDS: readonly Spelled[] = [
  ['آریا', 'aria'], ['پارس', 'pars'], ['سپهر', 'sepehr'], ['البرز', 'alborz'], ['کاوه', 'kaveh'], ['مهر', 'mehr'], ['رایان', 'rayan'],
  ['تدبیر', 'tadbir'], ['آسمان', 'aseman'], ['نوین', 'novin'], ['زاگرس', 'zagros'], ['دماوند', 'damavand'], ['کیان', 'kian'],
  ['پویا', 'pouya'], ['آرمان', 'arman'], ['بهین', 'behin'], ['ستاره', 'setareh'], ['هامون', 'hamoun'], ['سیمرغ', 'simorgh'], ['افق', 'ofogh'],
];
const FA_BUSINESS: Record<Enum<typeof E.Industry>, readonly Spelled[]> = {
  software: [['نرم‌افزاری', 'soft'], ['داده‌پردازی', 'data']],
  manufacturing: [['صنایع', 'industries'], ['تولیدی', 'manufacturing']],
  retail: [['فروشگاه‌های زنجیره‌ای', 'stores'], ['بازرگانی', 'trading']],
  healthcare: [['داروسازی', 'pharma'], ['تجهیزات پزشکی', 'medical']],
  education: [['آموزشگاه', 'academy'], ['مؤسسه آموزشی', 'institute']],
  finance: [['کارگزاری', 'brokerage'], ['لیزینگ', 'leasing']],
  construction: [['سازه‌های', 'structures'], ['عمران', 'build']],
  energy: [['انرژی', 'energy'], ['نیرو', 'power']],
  logistics: [['پخش', 'distribution'], ['حمل‌ونقل', 'transport']],
  hospitality: [['هتل', 'hotel'], ['گردشگری', 'travel']],
};

const PRODUCT_LINES: Record<string, ReadonlyArray<readonly [sku: string, name: string, price: number]>> = {
  analytics: [['ANL-STARTER', 'Analytics Starter (monthly)', 49], ['ANL-PRO', 'Analytics Pro (monthly)', 149],
    ['ANL-ENT', 'Analytics Enterprise (monthly)', 690], ['ANL-FORECAST', 'Forecasting add-on', 99], ['ANL-SEATS-10', '10 extra analyst seats', 390]],
  crm: [['CRM-BASIC', 'CRM Basic (monthly)', 29], ['CRM-TEAM', 'CRM Team (monthly)', 119], ['CRM-BUSINESS', 'CRM Business (monthly)', 349],
    ['CRM-MOBILE', 'CRM mobile add-on', 19], ['CRM-API', 'CRM API access', 89]],
  support: [['SUP-AGENT', 'Help desk agent seat', 39], ['SUP-CHATBOT', 'Chatbot add-on', 129], ['SUP-SLA-GOLD', 'Gold SLA (yearly)', 499],
    ['SUP-KB', 'Knowledge base', 59], ['SUP-SMS', 'SMS credit pack', 25]],
  hardware: [['HW-POS-TERM', 'POS terminal', 620], ['HW-BARCODE', 'Barcode scanner', 145], ['HW-RECEIPT-PRN', 'Receipt printer', 210],
    ['HW-TABLET', 'Rugged field tablet', 380], ['HW-HEADSET', 'Call-centre headset', 75]],
  training: [['TRN-ONBOARD', 'Onboarding session', 250], ['TRN-WORKSHOP', 'On-site workshop', 900], ['TRN-CERT', 'Certification course', 420],
    ['TRN-WEBINAR', 'Live webinar seat', 35], ['TRN-ELEARN', 'E-learning bundle', 120]],
  services: [['SRV-MIGRATION', 'Data migration', 1800], ['SRV-INTEGRATION', 'Integration project', 2400], ['SRV-CONSULT-HR', 'Consulting hour', 180],
    ['SRV-AUDIT', 'Segmentation audit', 950], ['SRV-REPORT', 'Custom report', 320]],
};

const TAGS = [
  { slug: 'vip', label: 'VIP', color: '#b45309' },
  { slug: 'newsletter', label: 'Newsletter', color: '#0284c7' },
  { slug: 'wholesale', label: 'Wholesale', color: '#7c3aed' },
  { slug: 'partner', label: 'Partner', color: '#059669' },
  { slug: 'event-2026', label: 'Event 2026', color: '#db2777' },
  { slug: 'beta-tester', label: 'Beta tester', color: '#4f46e5' },
  { slug: 'nowruz-1405', label: 'نوروز ۱۴۰۵', color: '#16a34a' },
  { slug: 'engineers-day', label: 'روز مهندس', color: '#0891b2' },
] as const;
type TagSlug = (typeof TAGS)[number]['slug'];
const TAG_HOSTS = { 'mail.google.com': 60, 'outlook.office.com': 20, 'web.whatsapp.com': 10, 'www.linkedin.com': 10 };

const CAMPAIGNS = ['nowruz-1405', 'spring-sale', 'product-update', 'webinar-invite', 'black-friday', 'yalda-night', 'engineers-day'];
const PAGES = ['/', '/features', '/customers', '/integrations', '/blog/rfm-segmentation', '/blog/nowruz-campaigns', '/docs/getting-started', '/about'];

const COMMENTS: Record<Locale, Record<SatisfactionSegment, readonly string[]>> = {
  en: {
    satisfied: ['Great service, thank you!', 'Setup was quick and the team was very helpful.', 'The new reports save me hours every week.',
      'Fast delivery and everything worked out of the box.', 'Support answered within minutes. Impressive.', 'Solid product, fair price.',
      'Exactly what we needed for our sales team.'],
    dissatisfied: ['It works, but the mobile app is slow.', 'Delivery took longer than promised.', 'Pricing went up more than I expected.',
      'Support was polite but did not solve the issue.', 'Hard to find features in the new interface.', 'Invoices were confusing this month.'],
    angry: ['Order arrived damaged and nobody replied to my emails.', 'Charged twice and still waiting for a refund.',
      'Third outage this month. We are looking at alternatives.', 'Promised a callback three times; it never happened.', 'Completely unacceptable service.'],
  },
  fa: {
    satisfied: ['خدمات عالی بود، ممنونم!', 'راه‌اندازی سریع بود و تیم پشتیبانی خیلی کمک کرد.', 'گزارش‌های جدید هر هفته چند ساعت در وقتم صرفه‌جویی می‌کند.',
      'ارسال سریع بود و همه‌چیز از همان اول کار کرد.', 'پشتیبانی در چند دقیقه جواب داد. عالی.', 'کیفیت خوب و قیمت منصفانه.',
      'دقیقاً همان چیزی بود که تیم فروش ما لازم داشت.'],
    dissatisfied: ['کار می‌کند، ولی اپلیکیشن موبایل کند است.', 'ارسال بیشتر از زمان وعده‌داده‌شده طول کشید.', 'قیمت‌ها بیش از انتظارم بالا رفته است.',
      'پشتیبانی مؤدب بود اما مشکل حل نشد.', 'پیدا کردن امکانات در رابط جدید سخت است.', 'فاکتورهای این ماه گیج‌کننده بود.'],
    angry: ['سفارش آسیب‌دیده رسید و کسی به ایمیل‌هایم جواب نداد.', 'دو بار از حسابم کسر شد و هنوز منتظر بازپرداختم.',
      'این ماه سومین بار است که سرویس قطع می‌شود. دنبال جایگزین هستیم.', 'سه بار قول تماس دادند و هیچ‌وقت تماس نگرفتند.',
      'این رفتار با مشتری واقعاً قابل قبول نیست.'],
  },
};

const DEAL_OFFERS: Record<Locale, readonly string[]> = {
  en: ['Enterprise plan', 'Annual support contract', 'POS hardware rollout', 'Team training package', 'Data migration project',
    'Analytics add-on', 'Licence renewal'],
  fa: ['طرح سازمانی', 'قرارداد سالانه پشتیبانی', 'تجهیز فروشگاه‌ها به پایانه فروش', 'بسته آموزش کارکنان', 'پروژه انتقال داده',
    'افزونه تحلیل داده', 'تمدید مجوز'],
};
const OPEN_STAGES: DealStage[] = ['intro', 'free_trial', 'formal_proposal', 'negotiation'];

const REVENUE_BY_SIZE: Record<Enum<typeof E.CompanySize>, ReadonlyArray<Enum<typeof E.RevenueBand>>> = {
  '1-10': ['under_1m'], '11-50': ['under_1m', '1m_10m'], '51-200': ['1m_10m', '10m_100m'], '201-1000': ['10m_100m', 'over_100m'], '1000+': ['over_100m'],
};

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
      case 'offer_redeemed': return { code: pick(['WELCOME', 'LOYAL10', 'COMEBACK15', 'NOWRUZ1405']) };
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
  });
}
