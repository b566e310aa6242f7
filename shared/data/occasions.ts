import type { Honorific, Locale } from '../schemas/enums';

/**
 * Who an occasion is for: everyone, or people whose profile names the
 * profession — any of the honorifics, or a job title containing any of the
 * words or phrases (whole words, either language, case and ZWNJ ignored).
 */
export type OccasionAudience =
  | { kind: 'everyone' }
  | { kind: 'profile'; honorifics: readonly Honorific[]; jobTitleWords: readonly string[] };

/** `{salutation}` in a greeting is replaced by the person's form of address. */
export type OccasionText = { name: Record<Locale, string>; greeting: Record<Locale, string> };

export type Occasion = OccasionText & {
  key: string;
  calendar: 'persian' | 'gregorian';
  month: number;
  day: number;
  audience: OccasionAudience;
};

const EVERYONE: OccasionAudience = { kind: 'everyone' };

/**
 * Yearly occasions worth a greeting. Persian dates are Solar Hijri month/day
 * (1 = Farvardin … 12 = Esfand).
 *
 * Doctor's day goes by the job title alone: the occupation field is an
 * employment status (employee, retired, …), and «دکتر» / Dr. is also every
 * PhD's title, so an honorific cannot tell a physician from a researcher.
 * «دبیر» (a school teacher, but also "secretary", as in «دبیر کل») is left
 * out of the teachers' words for the same reason.
 */
export const OCCASIONS: readonly Occasion[] = [
  {
    key: 'nowruz', calendar: 'persian', month: 1, day: 1, audience: EVERYONE,
    name: { en: 'Nowruz', fa: 'نوروز' },
    greeting: { en: '{salutation}, happy Nowruz!', fa: '{salutation}، نوروزتان پیروز!' },
  },
  {
    key: 'teachers_day', calendar: 'persian', month: 2, day: 12,
    audience: {
      kind: 'profile', honorifics: ['prof'],
      jobTitleWords: ['teacher', 'lecturer', 'professor', 'instructor', 'tutor', 'معلم', 'آموزگار', 'مدرس', 'استاد', 'استادیار', 'دانشیار'],
    },
    name: { en: "Teachers' Day", fa: 'روز معلم' },
    greeting: { en: "{salutation}, happy Teachers' Day!", fa: '{salutation}، روز معلم را به شما تبریک می‌گوییم.' },
  },
  {
    key: 'doctors_day', calendar: 'persian', month: 6, day: 1,
    audience: {
      kind: 'profile', honorifics: [],
      jobTitleWords: [
        'physician', 'doctor', 'surgeon', 'dentist', 'general practitioner', 'cardiologist', 'pediatrician', 'psychiatrist',
        'radiologist', 'anesthesiologist', 'neurologist', 'dermatologist', 'ophthalmologist', 'oncologist', 'gynecologist',
        'پزشک', 'جراح', 'دندان‌پزشک',
      ],
    },
    name: { en: "Doctors' Day", fa: 'روز پزشک' },
    greeting: { en: "{salutation}, happy Doctors' Day!", fa: '{salutation}، روز پزشک را به شما تبریک می‌گوییم.' },
  },
  {
    // The longest night: the evening of 30 Azar, before 1 Dey.
    key: 'yalda', calendar: 'persian', month: 9, day: 30, audience: EVERYONE,
    name: { en: 'Yalda Night', fa: 'شب یلدا' },
    greeting: { en: '{salutation}, happy Yalda Night!', fa: '{salutation}، شب یلدایتان خوش!' },
  },
  {
    key: 'engineers_day', calendar: 'persian', month: 12, day: 5,
    audience: { kind: 'profile', honorifics: ['eng'], jobTitleWords: ['engineer', 'engineering', 'مهندس', 'مهندسی'] },
    name: { en: "Engineers' Day", fa: 'روز مهندس' },
    greeting: { en: "{salutation}, happy Engineers' Day!", fa: '{salutation}، روز مهندس را به شما تبریک می‌گوییم.' },
  },
  {
    key: 'new_year', calendar: 'gregorian', month: 1, day: 1, audience: EVERYONE,
    name: { en: 'New Year', fa: 'سال نو میلادی' },
    greeting: { en: '{salutation}, happy New Year!', fa: '{salutation}، سال نو میلادی مبارک!' },
  },
  {
    key: 'valentines_day', calendar: 'gregorian', month: 2, day: 14, audience: EVERYONE,
    name: { en: "Valentine's Day", fa: 'روز ولنتاین' },
    greeting: { en: "{salutation}, happy Valentine's Day!", fa: '{salutation}، روز ولنتاین مبارک!' },
  },
];

export const BIRTHDAY: OccasionText = {
  name: { en: 'Birthday', fa: 'زادروز' },
  greeting: { en: '{salutation}, happy birthday!', fa: '{salutation}، زادروزتان خجسته باد!' },
};
