import type { OfferInput } from '../schemas/offers';

/**
 * The offers a new workspace starts with, best first (lower priority wins):
 * the first whose segments ("kind:key") or occasions match a person is
 * suggested to them. Managers change them through /v1/offers.
 */
export const DEFAULT_OFFERS: OfferInput[] = [
  {
    key: 'service_recovery', priority: 10, code: null, package: null,
    segments: ['satisfaction:angry'], occasions: [],
    title: { en: 'Service recovery', fa: 'جبران خدمت' },
    reason: { en: 'Angry in their last survey or complaints: defuse first and offer compensation.', fa: 'در آخرین نظرسنجی یا شکایت‌ها عصبانی بوده: اول آرامش کنید و جبران پیشنهاد دهید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'vip_care', priority: 20, code: 'VIP-CARE', package: { en: 'Priority support line and early access to new features', fa: 'خط پشتیبانی ویژه و دسترسی زودهنگام به امکانات تازه' },
    segments: ['value:vip', 'value:gold', 'rfm:champions'], occasions: [],
    title: { en: 'VIP service', fa: 'خدمات ویژه' },
    reason: { en: 'One of your most valuable customers: priority care and early access.', fa: 'از باارزش‌ترین مشتریان شما: رسیدگی در اولویت و دسترسی زودهنگام.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'win_back', priority: 30, code: 'COMEBACK15', package: null,
    segments: ['rfm:cant_lose', 'rfm:at_risk', 'lifecycle:at_risk'], occasions: [],
    title: { en: 'Win-back discount 15%', fa: 'تخفیف بازگشت ۱۵٪' },
    reason: { en: 'Bought often but not lately: win them back before they churn.', fa: 'زیاد خرید می‌کرده ولی اخیراً نه: پیش از ریزش برش گردانید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'trial_conversion', priority: 40, code: 'TRIAL20', package: null,
    segments: ['funnel:free_trial'], occasions: [],
    title: { en: '20% off the first year', fa: '۲۰٪ تخفیف سال اول' },
    reason: { en: 'On a free trial: help them convert before it ends.', fa: 'در دوره آزمایشی است: پیش از پایان آن به خرید کمکش کنید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'closing_incentive', priority: 50, code: 'CLOSE10', package: null,
    segments: ['funnel:negotiation', 'funnel:formal_proposal'], occasions: [],
    title: { en: '10% closing discount', fa: 'تخفیف ۱۰٪ برای نهایی کردن' },
    reason: { en: 'A deal in proposal or negotiation: a small incentive to sign.', fa: 'معامله در مرحله پیشنهاد یا مذاکره است: انگیزه‌ای کوچک برای امضا.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'find_the_cause', priority: 60, code: null, package: null,
    segments: ['satisfaction:dissatisfied'], occasions: [],
    title: { en: 'Follow-up call', fa: 'تماس پیگیری' },
    reason: { en: 'Dissatisfied in their last survey: find the cause before offering anything.', fa: 'در آخرین نظرسنجی ناراضی بوده: پیش از هر پیشنهادی علت را پیدا کنید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'loyalty_reward', priority: 70, code: 'LOYAL10', package: null,
    segments: ['rfm:loyal', 'lifecycle:loyal'], occasions: [],
    title: { en: 'Loyalty discount 10%', fa: 'تخفیف وفاداری ۱۰٪' },
    reason: { en: 'Buys regularly: reward the loyalty.', fa: 'مرتب خرید می‌کند: وفاداری‌اش را پاداش دهید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'welcome_gift', priority: 80, code: 'WELCOME', package: { en: 'Onboarding session and a branded gift box', fa: 'جلسه آشنایی با محصول و جعبه هدیه با نشان تجاری' },
    segments: ['rfm:new', 'lifecycle:first_purchase'], occasions: [],
    title: { en: 'Welcome gift', fa: 'هدیه خوش‌آمد' },
    reason: { en: 'New customer: a gift makes the second purchase likelier.', fa: 'مشتری جدید: یک هدیه خرید دوم را محتمل‌تر می‌کند.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'book_a_demo', priority: 90, code: null, package: null,
    segments: ['lead:sql', 'lead:hot'], occasions: [],
    title: { en: 'Book a demo', fa: 'رزرو دمو' },
    reason: { en: 'Hot lead showing buying intent: offer a demo now.', fa: 'سرنخ داغ با نشانه‌های قصد خرید: همین حالا دمو پیشنهاد دهید.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'reactivation', priority: 100, code: 'MISSYOU20', package: null,
    segments: ['lifecycle:lost', 'rfm:hibernating'], occasions: [],
    title: { en: 'We miss you: 20% off', fa: 'دلمان برایتان تنگ شده: ۲۰٪ تخفیف' },
    reason: { en: 'Has not bought for a long time: a strong reason to come back.', fa: 'مدت‌هاست خرید نکرده: دلیلی محکم برای بازگشت.' },
    validFrom: null, validTo: null, active: true,
  },
  {
    key: 'nurture', priority: 110, code: null, package: null,
    segments: ['lead:mql', 'lead:warm'], occasions: [],
    title: { en: 'Send a case study', fa: 'ارسال مطالعه موردی' },
    reason: { en: 'Warm lead: keep them engaged with useful content.', fa: 'سرنخ گرم: با محتوای مفید درگیرش نگه دارید.' },
    validFrom: null, validTo: null, active: true,
  },
];
