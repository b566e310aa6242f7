/**
 * The next occasion worth greeting someone for — a holiday, a professional day
 * or their birthday — with the greeting in their language and the right form
 * of address.
 *
 * Days are counted as Julian day numbers (jalaali-js converts both calendars to
 * and from them), so no time zone enters the arithmetic; "today" is the UTC
 * date of `now`.
 */
import { d2g, d2j, g2d, j2d, jalaaliMonthLength, toJalaali } from 'jalaali-js';
import { BIRTHDAY, OCCASIONS, type Occasion, type OccasionAudience, type OccasionText } from '../data/occasions';
import type { Gender, Honorific, Locale } from '../schemas/enums';
import type { z } from 'zod';

export type BirthdayCalendar = 'gregorian' | 'persian';

export type OccasionContact = {
  name: string;
  honorific: Honorific | null;
  gender: z.infer<typeof Gender> | null;
  locale: Locale;
  /** Gregorian YYYY-MM-DD, as stored. */
  birthday: string | null;
  jobTitle: string | null;
  /**
   * Which calendar's month and day the birthday comes back on each year.
   * Unset: Solar Hijri for Persian-language contacts (as Iranians celebrate
   * it), Gregorian for the others.
   */
  birthdayCalendar?: BirthdayCalendar;
};

export type UpcomingOccasion = {
  /** An occasion key from shared/data/occasions, or "birthday". */
  key: string;
  /** The occasion's name, for the reader in their language (the greeting is in the contact's). */
  name: { en: string; fa: string };
  /** Gregorian YYYY-MM-DD. */
  date: string;
  daysUntil: number;
  /** The form of address alone: "Dear Dr. Rezaei", «جناب آقای دکتر رضایی». */
  salutation: string;
  /** The full greeting line in the contact's language. */
  greeting: string;
  /** How the occasion, its date and the form of address were chosen (English). */
  explanation: string;
};

/**
 * The soonest occasion that applies to the contact within `withinDays` days
 * (today counts as 0), or null. On a tie the birthday wins, being the more
 * personal greeting, then the occasions' order.
 */
export function nextOccasion(
  contact: OccasionContact, now: Date, withinDays: number, occasions: readonly Occasion[] = OCCASIONS,
): UpcomingOccasion | null {
  const today = g2d(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const title = ` ${words(contact.jobTitle ?? '').join(' ')} `;
  let next: Candidate | null = birthdayCandidate(contact, today);
  for (const occasion of occasions) {
    const day = nextOnOrAfter(occasion.calendar, occasion.month, occasion.day, today);
    // Only a strictly sooner day wins, so on a tie the birthday and then the earlier occasion stay.
    if (next && day >= next.day) continue;
    const audience = audienceMatch(occasion.audience, contact, title);
    if (audience) next = { kind: 'occasion', key: occasion.key, text: occasion, day, calendar: occasion.calendar, occasion, audience };
  }
  if (!next || next.day - today > withinDays) return null;

  const daysUntil = next.day - today;
  const date = isoDate(next.day);
  const address = formOfAddress(contact);
  return {
    key: next.key,
    name: next.text.name,
    date,
    daysUntil,
    salutation: address.salutation,
    greeting: next.text.greeting[contact.locale].replace('{salutation}', address.salutation),
    explanation: `${why(next)} Next on ${describeDate(date, next.calendar)}, in ${daysUntil} day${daysUntil === 1 ? '' : 's'}. ${address.why}`,
  };
}

/** What could be the next occasion; its explanation is written only for the one that wins (it formats dates). */
type Candidate = { key: string; text: OccasionText; day: number; calendar: Occasion['calendar'] } & (
  | { kind: 'occasion'; occasion: Occasion; audience: string }
  | { kind: 'birthday'; birthday: string; because: string });

function why(c: Candidate): string {
  return c.kind === 'occasion'
    ? `${c.occasion.name.en} (${CALENDAR_NAME[c.calendar]} ${c.occasion.month}/${c.occasion.day}) applies: ${c.audience}.`
    : `Born ${describeDate(c.birthday, c.calendar)}; the birthday comes back on that ${CALENDAR_NAME[c.calendar]} month and day because ${c.because}.`;
}

function birthdayCandidate(contact: OccasionContact, today: number): Candidate | null {
  if (!contact.birthday) return null;
  const calendar = contact.birthdayCalendar ?? (contact.locale === 'fa' ? 'persian' : 'gregorian');
  const [month, day] = monthAndDay(contact.birthday, calendar);
  const because = contact.birthdayCalendar ? `birthdayCalendar is ${calendar}` : `the contact's language is ${contact.locale === 'fa' ? 'Persian' : 'English'}`;
  return { kind: 'birthday', key: 'birthday', text: BIRTHDAY, day: nextOnOrAfter(calendar, month, day, today), calendar, birthday: contact.birthday, because };
}

/** A Gregorian YYYY-MM-DD date's month and day in the calendar; birthdays share a few tens of thousands of dates, so each is converted once. */
function monthAndDay(date: string, calendar: Occasion['calendar']): readonly [number, number] {
  const key = `${calendar} ${date}`;
  let found = monthsAndDays.get(key);
  if (!found) {
    const [gy, gm, gd] = date.split('-').map(Number) as [number, number, number];
    const { jm, jd } = calendar === 'persian' ? toJalaali(gy, gm, gd) : { jm: gm, jd: gd };
    if (monthsAndDays.size >= MONTHS_AND_DAYS_KEPT) monthsAndDays.clear();
    monthsAndDays.set(key, (found = [jm, jd]));
  }
  return found;
}
const monthsAndDays = new Map<string, readonly [number, number]>();
const MONTHS_AND_DAYS_KEPT = 100_000;

/** Why the audience includes the contact, or null when it does not; `title` is their job title as padded words. */
function audienceMatch(audience: OccasionAudience, contact: OccasionContact, title: string): string | null {
  if (audience.kind === 'everyone') return 'it is for everyone';
  if (contact.honorific && audience.honorifics.includes(contact.honorific)) return `the contact's title is "${contact.honorific}"`;
  const word = audience.jobTitleWords.find((w) => title.includes(normalisedPhrase(w)));
  return word ? `the job title "${contact.jobTitle}" contains "${word}"` : null;
}

/** An audience phrase as words padded with spaces, normalised once: every person is checked against the same few. */
const phrases = new Map<string, string>();
function normalisedPhrase(phrase: string): string {
  let padded = phrases.get(phrase);
  if (padded === undefined) phrases.set(phrase, (padded = ` ${words(phrase).join(' ')} `));
  return padded;
}

/** Lower-case words, with Arabic yeh/kaf read as Persian and ZWNJ dropped, so «دندان‌پزشک» and «دندانپزشک» match. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, '')
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// ---- calendars

const CALENDAR_NAME = { persian: 'Solar Hijri', gregorian: 'Gregorian' } as const;

const CALENDARS = {
  persian: { yearOf: (day: number) => d2j(day).jy, dayOf: (y: number, m: number, d: number) => j2d(y, m, Math.min(d, jalaaliMonthLength(y, m))) },
  gregorian: { yearOf: (day: number) => d2g(day).gy, dayOf: (y: number, m: number, d: number) => g2d(y, m, Math.min(d, gregorianMonthLength(y, m))) },
} as const;

/**
 * The first day on or after `from` that is `month`/`day` in the calendar.
 * A day the year lacks (30 Esfand, 29 February) falls back to the month's
 * last day, so a leap-day birthday is still greeted every year.
 */
function nextOnOrAfter(calendar: Occasion['calendar'], month: number, day: number, from: number): number {
  if (remembered.from !== from) remembered = { from, next: new Map() };
  const key = (calendar === 'persian' ? 1000 : 0) + month * 32 + day;
  let next = remembered.next.get(key);
  if (next === undefined) {
    const { yearOf, dayOf } = CALENDARS[calendar];
    const year = yearOf(from);
    const thisYear = dayOf(year, month, day);
    next = thisYear >= from ? thisYear : dayOf(year + 1, month, day);
    remembered.next.set(key, next);
  }
  return next;
}

/**
 * Everyone is measured from the same today, against the same few hundred
 * dates (the occasions and the days of the year birthdays fall on): each
 * calendar conversion is done once a day and remembered, by calendar, month and day.
 */
let remembered = { from: Number.NaN, next: new Map<number, number>() };

const gregorianMonthLength = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isoDate(day: number): string {
  const { gy, gm, gd } = d2g(day);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`;
}

const PERSIAN_DATE = new Intl.DateTimeFormat('en-US-u-ca-persian', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-21", or "Farvardin 1, 1405 AP (2026-03-21)" for a Solar Hijri date. */
function describeDate(iso: string, calendar: Occasion['calendar']): string {
  return calendar === 'persian' ? `${PERSIAN_DATE.format(new Date(iso))} (${iso})` : iso;
}

// ---- forms of address

const ENGLISH_TITLES: Record<Honorific, string> = { dr: 'Dr.', eng: 'Eng.', prof: 'Prof.', mr: 'Mr.', mrs: 'Mrs.', ms: 'Ms.' };

/**
 * Titles said after «جناب آقای» / «سرکار خانم». A professor is addressed as
 * «دکتر» in formal Persian («استاد» is an epithet, not part of this form).
 */
const PERSIAN_TITLES: Partial<Record<Honorific, string>> = { dr: 'دکتر', eng: 'مهندس', prof: 'دکتر' };

/**
 * Formal address in the contact's language, from the family name (the last
 * word of the name — a heuristic: a surname written with a space, as in
 * «علی پور», loses its first part).
 *
 * English: "Dear" + title + family name; without a title, Mr./Ms. by gender;
 * with neither, the full name. Persian: «جناب آقای» (men) or «سرکار خانم»
 * (women), then the title, then the family name; when the gender is not
 * known, no gendered words but «گرامی» after the (titled) name, which is
 * courteous for anyone. A Mr./Mrs./Ms. honorific is taken as the gender
 * the person chose to be addressed by.
 */
function formOfAddress(contact: OccasionContact): { salutation: string; why: string } {
  const family = contact.name.trim().split(/\s+/).at(-1) ?? contact.name;
  const gender = contact.honorific === 'mr' ? 'male'
    : contact.honorific === 'mrs' || contact.honorific === 'ms' ? 'female'
      : contact.gender === 'male' || contact.gender === 'female' ? contact.gender : null;
  const genderWhy = gender ? `gender ${gender}` : 'gender unknown';

  if (contact.locale === 'en') {
    const title = contact.honorific ? ENGLISH_TITLES[contact.honorific] : gender ? ENGLISH_TITLES[gender === 'male' ? 'mr' : 'ms'] : null;
    return title
      ? { salutation: `Dear ${title} ${family}`, why: `Addressed by title "${title}" (${contact.honorific ? 'honorific' : genderWhy}) and family name "${family}" (last word of the name).` }
      : { salutation: `Dear ${contact.name}`, why: 'Addressed by full name: no title and gender unknown.' };
  }
  const title = contact.honorific ? PERSIAN_TITLES[contact.honorific] : undefined;
  const titled = title ? `${title} ${family}` : family;
  if (gender) {
    return {
      salutation: `${gender === 'male' ? 'جناب آقای' : 'سرکار خانم'} ${titled}`,
      why: `Addressed formally by ${genderWhy}${title ? `, title "${title}"` : ''} and family name "${family}" (last word of the name).`,
    };
  }
  return {
    salutation: `${title ? titled : contact.name} گرامی`,
    why: `Gender unknown, so no «جناب آقای» / «سرکار خانم»: ${title ? `title and family name "${family}"` : 'full name'} followed by «گرامی».`,
  };
}
