/**
 * The words the demo data is made of: names (Persian with the Latin spelling
 * their addresses use), places, roles, companies, products, tags and the
 * comments people leave, in both languages.
 */
import * as E from '../../shared/schemas/enums';
import type { PriceLadders } from '../../shared/schemas/config';
import type { DealStage, Locale, SatisfactionSegment } from '../../shared/schemas/enums';

type Enum<T extends { options: readonly string[] }> = T['options'][number];

/** Persian names with the Latin spelling their ASCII addresses are made from. */
export type Spelled = readonly [persian: string, latin: string];
export const FA_FEMALE: readonly Spelled[] = [
  ['سارا', 'sara'], ['مریم', 'maryam'], ['فاطمه', 'fatemeh'], ['زهرا', 'zahra'], ['نیلوفر', 'niloofar'], ['مینا', 'mina'],
  ['لیلا', 'leila'], ['نگار', 'negar'], ['شیرین', 'shirin'], ['پریسا', 'parisa'], ['الهام', 'elham'], ['آزاده', 'azadeh'],
  ['سمیرا', 'samira'], ['ریحانه', 'reyhaneh'], ['هانیه', 'hanieh'], ['مهسا', 'mahsa'], ['نازنین', 'nazanin'], ['پروین', 'parvin'],
  ['کتایون', 'katayoun'], ['ترانه', 'taraneh'], ['یاسمن', 'yasaman'], ['بهاره', 'bahareh'], ['سحر', 'sahar'], ['رویا', 'roya'], ['آیدا', 'aida'],
];
export const FA_MALE: readonly Spelled[] = [
  ['علی', 'ali'], ['محمد', 'mohammad'], ['حسین', 'hossein'], ['رضا', 'reza'], ['مهدی', 'mehdi'], ['امیر', 'amir'],
  ['سعید', 'saeed'], ['حمید', 'hamid'], ['مجید', 'majid'], ['بهرام', 'bahram'], ['کاوه', 'kaveh'], ['آرش', 'arash'],
  ['بابک', 'babak'], ['پویا', 'pouya'], ['سینا', 'sina'], ['فرهاد', 'farhad'], ['کامران', 'kamran'], ['داریوش', 'dariush'],
  ['نیما', 'nima'], ['امید', 'omid'], ['یاسر', 'yaser'], ['مصطفی', 'mostafa'], ['جواد', 'javad'], ['حامد', 'hamed'], ['پیمان', 'peyman'],
];
export const FA_LAST: readonly Spelled[] = [
  ['رضایی', 'rezaei'], ['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['احمدی', 'ahmadi'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'],
  ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['هاشمی', 'hashemi'], ['نوری', 'nouri'], ['کاظمی', 'kazemi'],
  ['قاسمی', 'ghasemi'], ['طاهری', 'taheri'], ['عباسی', 'abbasi'], ['حیدری', 'heidari'], ['شریفی', 'sharifi'], ['مرادی', 'moradi'],
  ['اکبری', 'akbari'], ['سلیمانی', 'soleimani'], ['بهرامی', 'bahrami'], ['نجفی', 'najafi'], ['تهرانی', 'tehrani'], ['شیرازی', 'shirazi'],
  ['اصفهانی', 'esfahani'], ['یزدانی', 'yazdani'], ['فرهادی', 'farhadi'], ['امینی', 'amini'], ['زمانی', 'zamani'], ['کرمانی', 'kermani'],
  ['پاکزاد', 'pakzad'], ['توکلی', 'tavakoli'], ['میرزایی', 'mirzaei'], ['خسروی', 'khosravi'], ['ملکی', 'maleki'], ['سبحانی', 'sobhani'],
  ['نیک‌نام', 'niknam'], ['قربانی', 'ghorbani'], ['باقری', 'bagheri'], ['فتحی', 'fathi'],
];

export type Place = { country: string; province: string; cities: readonly string[]; climate: Enum<typeof E.Climate>; weight: number };
export const IR_PLACES: readonly Place[] = [
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
export const EN_PLACES: readonly Place[] = [
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
export const PHONE: Record<string, [prefix: string, digits: number]> = {
  IR: ['+98 91', 8], US: ['+1 202 555 01', 2], CA: ['+1 613 555 01', 2], GB: ['+44 7700 900', 3],
  DE: ['+49 30 ', 8], AU: ['+61 491 570 ', 3], IE: ['+353 85 ', 7],
};

export type Role = { en: string; fa: string; engineer?: true };
export const ROLES: Record<Enum<typeof E.JobLevel> | 'freelance', readonly Role[]> = {
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
export const VALUES = ['family', 'quality', 'sustainability', 'innovation', 'tradition', 'status', 'security', 'independence', 'community', 'health'];
/** Needs are the person's own words, in their language. */
export const NEEDS: Record<Locale, readonly string[]> = {
  en: ['faster reporting', 'one view of each customer', 'lower licence cost', 'integration with accounting', 'mobile access',
    'reliable delivery', 'training for new staff', 'better after-sales support', 'automated follow-ups', 'data privacy'],
  fa: ['گزارش‌گیری سریع‌تر', 'نمای یکپارچه از هر مشتری', 'هزینه کمتر مجوز', 'اتصال به نرم‌افزار حسابداری', 'دسترسی از موبایل',
    'پشتیبانی فارسی', 'ارسال به‌موقع', 'آموزش کارکنان جدید', 'پیگیری خودکار مشتریان', 'حفظ حریم خصوصی داده‌ها'],
};

export const PERSONAL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.org', 'post.example.net'];

/** Persian company names: a brand and a kind of business, each with the Latin form its domain uses. */
export const FA_BRANDS: readonly Spelled[] = [
  ['آریا', 'aria'], ['پارس', 'pars'], ['سپهر', 'sepehr'], ['البرز', 'alborz'], ['کاوه', 'kaveh'], ['مهر', 'mehr'], ['رایان', 'rayan'],
  ['تدبیر', 'tadbir'], ['آسمان', 'aseman'], ['نوین', 'novin'], ['زاگرس', 'zagros'], ['دماوند', 'damavand'], ['کیان', 'kian'],
  ['پویا', 'pouya'], ['آرمان', 'arman'], ['بهین', 'behin'], ['ستاره', 'setareh'], ['هامون', 'hamoun'], ['سیمرغ', 'simorgh'], ['افق', 'ofogh'],
];
export const FA_BUSINESS: Record<Enum<typeof E.Industry>, readonly Spelled[]> = {
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

export const PRODUCT_LINES: Record<string, ReadonlyArray<readonly [sku: string, name: string, price: number]>> = {
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

/** The plans among the products, cheapest first: what an upgrade steps along (add-ons are not upgrades). */
const PLANS = { analytics: ['ANL-STARTER', 'ANL-PRO', 'ANL-ENT'], crm: ['CRM-BASIC', 'CRM-TEAM', 'CRM-BUSINESS'] };
export const PRICE_LADDERS: PriceLadders = Object.entries(PLANS).map(([line, skus]) => ({
  line,
  tiers: skus.map((sku) => ({ item: sku, price: PRODUCT_LINES[line]!.find(([s]) => s === sku)![2] })),
}));

export const TAGS = [
  { slug: 'vip', label: 'VIP', color: '#b45309' },
  { slug: 'newsletter', label: 'Newsletter', color: '#0284c7' },
  { slug: 'wholesale', label: 'Wholesale', color: '#7c3aed' },
  { slug: 'partner', label: 'Partner', color: '#059669' },
  { slug: 'event-2026', label: 'Event 2026', color: '#db2777' },
  { slug: 'beta-tester', label: 'Beta tester', color: '#4f46e5' },
  { slug: 'nowruz-1405', label: 'نوروز ۱۴۰۵', color: '#16a34a' },
  { slug: 'engineers-day', label: 'روز مهندس', color: '#0891b2' },
] as const;
export type TagSlug = (typeof TAGS)[number]['slug'];
export const TAG_HOSTS = { 'mail.google.com': 60, 'outlook.office.com': 20, 'web.whatsapp.com': 10, 'www.linkedin.com': 10 };

export const CAMPAIGNS = ['nowruz-1405', 'spring-sale', 'product-update', 'webinar-invite', 'black-friday', 'yalda-night', 'engineers-day'];
export const PAGES = ['/', '/features', '/customers', '/integrations', '/blog/rfm-segmentation', '/blog/nowruz-campaigns', '/docs/getting-started', '/about'];

export const COMMENTS: Record<Locale, Record<SatisfactionSegment, readonly string[]>> = {
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

export const DEAL_OFFERS: Record<Locale, readonly string[]> = {
  en: ['Enterprise plan', 'Annual support contract', 'POS hardware rollout', 'Team training package', 'Data migration project',
    'Analytics add-on', 'Licence renewal'],
  fa: ['طرح سازمانی', 'قرارداد سالانه پشتیبانی', 'تجهیز فروشگاه‌ها به پایانه فروش', 'بسته آموزش کارکنان', 'پروژه انتقال داده',
    'افزونه تحلیل داده', 'تمدید مجوز'],
};
export const OPEN_STAGES: DealStage[] = ['intro', 'free_trial', 'formal_proposal', 'negotiation'];

export const REVENUE_BY_SIZE: Record<Enum<typeof E.CompanySize>, ReadonlyArray<Enum<typeof E.RevenueBand>>> = {
  '1-10': ['under_1m'], '11-50': ['under_1m', '1m_10m'], '51-200': ['1m_10m', '10m_100m'], '201-1000': ['10m_100m', 'over_100m'], '1000+': ['over_100m'],
};
