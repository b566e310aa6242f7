/** @jsxImportSource hono/jsx */
/**
 * The demo inbox: a static page laid out like webmail, marking people up the
 * three ways real webmail does (an `email` attribute on list rows, mailto links
 * in the open message's headers, plain addresses in its body), so the
 * extension's generic adapter can be tried without a real mailbox.
 * Everything is rendered through JSX, so all text is escaped; there is no script.
 */
import { raw } from 'hono/html';
import type { Locale } from '../../shared/schemas/enums';

/** Subject and first line of a message, per what the sender's segments say about them. */
const MESSAGES = {
  'satisfaction:angry': {
    en: ['Damaged delivery — again', 'This is the third order in a row that arrived broken, and my ticket is still open.'],
    fa: ['باز هم سفارش آسیب‌دیده', 'این سومین سفارش پشت سر هم است که آسیب‌دیده می‌رسد و تیکتم هنوز بی‌پاسخ مانده.'],
  },
  'rfm:cant_lose': {
    en: ['About our renewal', 'Honestly, the new prices are hard for us to justify this year.'],
    fa: ['درباره تمدید قرارداد', 'راستش قیمت‌های جدید امسال برای ما سنگین است و هنوز تصمیم نگرفته‌ایم.'],
  },
  'rfm:champions': {
    en: ['Order for next quarter', 'Same as last time, plus two more analyst seats if you can.'],
    fa: ['سفارش فصل بعد', 'مثل دفعه قبل، فقط اگر بشود دو کاربر تحلیل‌گر هم اضافه کنید.'],
  },
  'lead:hot': {
    en: ['Trial feedback and pricing for 120 seats', 'The team loves the trial. Could you send enterprise pricing before Friday?'],
    fa: ['بازخورد نسخه آزمایشی و قیمت ۱۲۰ کاربر', 'تیم از نسخه آزمایشی راضی است. می‌شود تا پنجشنبه قیمت سازمانی را بفرستید؟'],
  },
  'funnel:negotiation': {
    en: ['Final offer', 'If you can do 10% on the annual plan, we can sign this week.'],
    fa: ['پیشنهاد نهایی قرارداد', 'اگر روی طرح سالانه ده درصد تخفیف بدهید، همین هفته امضا می‌کنیم.'],
  },
  'rfm:new': {
    en: ['Thanks — quick setup question', 'Everything works; one question about importing our contacts.'],
    fa: ['ممنون — یک سؤال درباره راه‌اندازی', 'همه‌چیز راه افتاد؛ فقط درباره وارد کردن مخاطبین یک سؤال دارم.'],
  },
  'funnel:formal_proposal': {
    en: ['Re: Proposal', 'We reviewed the proposal internally and have a few questions on the SLA.'],
    fa: ['پاسخ: پیشنهاد رسمی', 'پیشنهاد را داخل شرکت بررسی کردیم و چند سؤال درباره سطح خدمات داریم.'],
  },
  'satisfaction:dissatisfied': {
    en: ['Invoice question', 'This month’s invoice is higher than expected. Can you explain the extra line?'],
    fa: ['سؤال درباره فاکتور', 'فاکتور این ماه بیشتر از انتظار بود؛ ردیف اضافه را توضیح می‌دهید؟'],
  },
  'rfm:loyal': {
    en: ['Reorder', 'Please repeat our usual order and send the invoice to accounts.'],
    fa: ['سفارش تکراری', 'لطفاً سفارش همیشگی ما را تکرار کنید و فاکتور را برای واحد مالی بفرستید.'],
  },
  'rfm:potential_loyalists': {
    en: ['Adding a second product?', 'We are happy with the CRM. Does the help desk integrate with it?'],
    fa: ['افزودن محصول دوم', 'از نرم‌افزار راضی هستیم؛ میز پشتیبانی هم با آن یکپارچه می‌شود؟'],
  },
  'rfm:hibernating': {
    en: ['Is our account still active?', 'We have not used it in a long time and wondered what happens to our data.'],
    fa: ['حساب کاربری قدیمی', 'مدت‌هاست از حساب استفاده نکرده‌ایم؛ هنوز فعال است؟'],
  },
  'lifecycle:lost': {
    en: ['Thinking of coming back', 'We moved to another tool last year, but we might be back.'],
    fa: ['شاید برگردیم', 'پارسال سراغ ابزار دیگری رفتیم، ولی شاید دوباره برگردیم.'],
  },
  'rfm:about_to_sleep': {
    en: ['Checking in', 'Sorry for the silence, things have been busy here.'],
    fa: ['احوال‌پرسی', 'ببخشید که مدتی خبری نبود؛ این‌جا سرمان خیلی شلوغ بود.'],
  },
  'cold_outreach': {
    en: ['Partnership opportunity', 'I came across your company and would love to talk about working together.'],
    fa: ['فرصت همکاری', 'با شرکت شما آشنا شدم و دوست دارم درباره همکاری صحبت کنیم.'],
  },
  'introduction': {
    en: ['Introduction', 'A colleague suggested I get in touch about your segmentation tools.'],
    fa: ['معرفی', 'یکی از همکاران پیشنهاد کرد درباره ابزارهای بخش‌بندی شما با شما تماس بگیرم.'],
  },
  'general': {
    en: ['Quick question', 'Do you have a minute this week to talk about our account?'],
    fa: ['یک سؤال کوتاه', 'این هفته وقت دارید درباره حساب‌مان صحبت کنیم؟'],
  },
} as const satisfies Record<string, Record<Locale, readonly [subject: string, snippet: string]>>;

export type Topic = keyof typeof MESSAGES;

/** The topic a known person writes about: the first of their segments that has a message. */
export function topicOf(segments: readonly string[]): Topic {
  return (Object.keys(MESSAGES) as Topic[]).find((t) => segments.includes(t)) ?? 'general';
}

export type InboxEntry = { email: string; name: string; locale: Locale; topic: Topic };

type Props = {
  entries: InboxEntry[];
  /** The open message: its sender, whoever it copies, and the addresses its body mentions in passing. */
  open: { from: InboxEntry; cc: InboxEntry | null; mentions: { unknown: string; known: string | null } } | null;
  hasData: boolean;
  now: Date;
};

/** Persian dates in the Solar Hijri calendar at Tehran time; English ones Gregorian, in UTC. */
function formatDate(date: Date, locale: Locale, now: Date, full = false): string {
  const [tag, timeZone] = locale === 'fa' ? ['fa-IR-u-ca-persian', 'Asia/Tehran'] : ['en-GB', 'UTC'];
  const day = (d: Date) => new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'short' }).format(d);
  const options: Intl.DateTimeFormatOptions = full ? { dateStyle: 'long', timeStyle: 'short' }
    : day(date) === day(now) ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(tag, { timeZone, ...options }).format(date);
}

/** Messages arrive a few hours apart, newest first. */
const receivedAt = (now: Date, index: number) => new Date(now.getTime() - (index * 5 + 1) * 3_600_000);

const textProps = (locale: Locale) => (locale === 'fa' ? { lang: 'fa', dir: 'rtl' } : { lang: 'en', dir: 'ltr' });

const Mailto = ({ person }: { person: Pick<InboxEntry, 'email' | 'name'> }) => (
  <a href={`mailto:${person.email}`}>{person.name} &lt;{person.email}&gt;</a>
);

const MessageRow = ({ entry, index, now }: { entry: InboxEntry; index: number; now: Date }) => {
  const [subject, snippet] = MESSAGES[entry.topic][entry.locale];
  const at = receivedAt(now, index);
  return (
    <tr class={index === 0 ? 'message-row selected' : 'message-row'} data-email={entry.email}>
      <td class="sender" {...textProps(entry.locale)}>
        <span email={entry.email} name={entry.name}>{entry.name}</span>
      </td>
      <td class="summary" {...textProps(entry.locale)}>
        <strong>{subject}</strong> <span class="snippet">— {snippet}</span>
      </td>
      <td class="date" {...textProps(entry.locale)}>
        <time datetime={at.toISOString()}>{formatDate(at, entry.locale, now)}</time>
      </td>
    </tr>
  );
};

const BODY = {
  en: {
    greeting: 'Hi,',
    copied: (name: string) => `I have copied ${name}, who is working on this with us.`,
    loopIn: ['Please loop in ', ' too; they are joining our procurement team.'],
    referral: ['By the way, ', ' recommended you to us.'],
    thanks: 'Thanks,',
  },
  fa: {
    greeting: 'سلام،',
    copied: (name: string) => `${name} را هم در جریان گذاشتم؛ ایشان در این کار همراه ما هستند.`,
    loopIn: ['لطفاً ', ' را هم در جریان بگذارید؛ ایشان تازه به تیم خرید ما پیوسته‌اند.'],
    referral: ['راستی، ', ' شما را به ما معرفی کرده بود.'],
    thanks: 'با سپاس،',
  },
} as const;

const OpenMessage = ({ open, now }: { open: NonNullable<Props['open']>; now: Date }) => {
  const { from, cc, mentions } = open;
  const [subject, snippet] = MESSAGES[from.topic][from.locale];
  const body = BODY[from.locale];
  const at = receivedAt(now, 0);
  // The headers follow the page's language; subject and body the sender's.
  return (
    <article id="open-message">
      <h2 {...textProps(from.locale)}>{subject}</h2>
      <dl class="headers">
        <dt>From</dt><dd data-email={from.email}><Mailto person={from} /></dd>
        <dt>To</dt><dd>me</dd>
        {cc ? <><dt>Cc</dt><dd data-email={cc.email}><Mailto person={cc} /></dd></> : null}
        <dt>Date</dt><dd><time {...textProps(from.locale)} datetime={at.toISOString()}>{formatDate(at, from.locale, now, true)}</time></dd>
      </dl>
      <div class="body" {...textProps(from.locale)}>
        <p>{body.greeting}</p>
        <p>{snippet}</p>
        {cc ? <p>{body.copied(cc.name)}</p> : null}
        <p>{body.loopIn[0]}<bdi>{mentions.unknown}</bdi>{body.loopIn[1]}</p>
        {mentions.known ? <p>{body.referral[0]}<bdi>{mentions.known}</bdi>{body.referral[1]}</p> : null}
        <p>{body.thanks}<br />{from.name}</p>
      </div>
    </article>
  );
};

const FOLDERS = [['Inbox', true], ['Starred', false], ['Sent', false], ['Drafts', false], ['Customers', false], ['Leads', false]] as const;

export function DemoInbox({ entries, open, hasData, now }: Props) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Demo Inbox — SegLens</title>
          <link rel="stylesheet" href={DEMO_STYLESHEET} />
        </head>
        <body>
          <header>
            <h1>Demo Inbox</h1>
            <p class="note">
              {hasData
                ? 'Sample webmail for trying the SegLens extension. Everyone here is fictional and every address is on a reserved example domain.'
                : 'There is no demo data in this database (the server was started with SEGLENS_DEMO=0), so only addresses SegLens does not know are shown.'}
            </p>
          </header>
          <div class="mail">
            <nav aria-label="Folders">
              <ul>
                {FOLDERS.map(([label, current]) => (
                  <li class={current ? 'current' : undefined}>{label}{current ? <span class="count">{entries.length}</span> : null}</li>
                ))}
              </ul>
            </nav>
            <main>
              <table id="message-list">
                <tbody>
                  {entries.map((entry, index) => <MessageRow entry={entry} index={index} now={now} />)}
                </tbody>
              </table>
              {open ? <OpenMessage open={open} now={now} /> : null}
            </main>
          </div>
        </body>
      </html>
    </>
  );
}

/** The page's styles, served on their own (no markup is ever built from strings). */
export const DEMO_STYLESHEET = '/demo.css';
export const DEMO_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, "Segoe UI", Tahoma, sans-serif; color: #1f2937; background: #f3f4f6; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #e5e7eb; }
header h1 { margin: 0; font-size: 20px; }
.note { margin: 4px 0 0; color: #6b7280; font-size: 13px; }
.mail { display: flex; min-height: calc(100vh - 70px); }
nav { width: 180px; flex: none; padding: 12px 0; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li { padding: 6px 20px; border-radius: 0 16px 16px 0; }
nav li.current { background: #dbeafe; font-weight: 600; }
.count { float: right; font-weight: 400; }
main { flex: 1; padding: 12px 20px 24px 0; min-width: 0; }
#message-list { width: 100%; border-collapse: collapse; background: #fff; border-radius: 8px; overflow: hidden; }
.message-row td { padding: 8px 12px; border-bottom: 1px solid #f1f5f9; white-space: nowrap; }
.message-row.selected { background: #eff6ff; }
.sender { width: 220px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; max-width: 220px; }
.summary { overflow: hidden; text-overflow: ellipsis; max-width: 0; width: 100%; }
.snippet { color: #6b7280; }
.date { width: 110px; text-align: right; color: #6b7280; font-size: 12px; }
#open-message { margin-top: 16px; padding: 16px 20px; background: #fff; border-radius: 8px; }
#open-message h2 { margin: 0 0 8px; font-size: 18px; }
.headers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; color: #4b5563; }
.headers dt { font-weight: 600; }
.headers dd { margin: 0; }
.body p { margin: 0 0 10px; }
`;
