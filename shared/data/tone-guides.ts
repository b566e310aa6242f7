import type { SatisfactionSegment } from '../schemas/enums';

type Text = { en: string; fa: string };
export type ToneGuide = { open: Text; avoid: Text; compensation: boolean; discount: boolean };

/**
 * How to talk to someone in each satisfaction segment: how to open, what to
 * avoid, and whether compensation or a discount belongs in the conversation.
 */
export const TONE_GUIDES: Record<SatisfactionSegment, ToneGuide> = {
  satisfied: {
    open: { en: 'Thank them warmly and personally; invite them a step further.', fa: 'گرم و شخصی تشکر کنید و به قدم بعد دعوتش کنید.' },
    avoid: { en: 'Taking them for granted: competitors court happy customers too.', fa: 'بدیهی فرض کردنش؛ رقبا هم سراغ مشتریان راضی می‌روند.' },
    compensation: false,
    discount: false,
  },
  dissatisfied: {
    open: { en: 'Acknowledge the problem and ask what went wrong; listen before answering.', fa: 'مشکل را بپذیرید و بپرسید چه شد؛ پیش از پاسخ گوش کنید.' },
    avoid: { en: 'Sales talk or price talk before the cause is fixed; defensiveness.', fa: 'حرف از فروش یا قیمت پیش از رفع علت؛ حالت دفاعی.' },
    compensation: false,
    discount: false,
  },
  angry: {
    open: { en: 'A sincere apology; take ownership and say what you will do, by when.', fa: 'عذرخواهی صادقانه؛ مسئولیت بپذیرید و بگویید چه می‌کنید و تا کی.' },
    avoid: { en: 'Upselling, blaming, scripted replies, arguing about the facts.', fa: 'پیشنهاد فروش، مقصر دانستن دیگران، پاسخ‌های کلیشه‌ای، بحث بر سر جزئیات.' },
    compensation: true,
    discount: false,
  },
};
