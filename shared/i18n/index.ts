import type { Locale } from '../schemas/enums';
import { en, type MessageKey } from './en';
import { fa } from './fa';

export type { MessageKey };
const messages: Record<Locale, Record<MessageKey, string>> = { en, fa };

export const isRtl = (locale: Locale) => locale === 'fa';

const numberTag = (locale: Locale) => (locale === 'fa' ? 'fa-IR' : 'en-US');

/** Formatters by locale, made once: making one costs far more than using it, and a page formats a thousand scores. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(numberTag(locale), { maximumFractionDigits: 1 })));
  return format;
}

/** A count or other number in the reader's digits (Persian digits in Persian). */
export const formatNumber = (n: number, locale: Locale): string => numberFormat(locale).format(n);

/**
 * A translator for one language; `{name}` placeholders are filled from
 * `vars`, numbers in the reader's digits. A message that depends on a number
 * has a form per plural category (`key.one`, `key.other`), chosen by the
 * `count` var. Unknown keys fall back to `fallback`.
 */
export function translator(locale: Locale) {
  const dict = messages[locale] as Record<string, string>;
  const plural = new Intl.PluralRules(numberTag(locale));
  // Made now, where a page starts: the first one made in a page loads the locale's data, which takes a while.
  numberFormat(locale);
  return (key: string, vars: Record<string, string | number> = {}, fallback = key) => {
    const { count } = vars;
    const text = (typeof count === 'number' ? dict[`${key}.${plural.select(count)}`] ?? dict[`${key}.other`] : undefined) ?? dict[key] ?? fallback;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) return `{${name}}`;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}
export type Translate = ReturnType<typeof translator>;

/** Dates as the reader expects them: Solar Hijri in Persian, Gregorian in English. */
export function formatDate(iso: string, locale: Locale): string {
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(numberTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An amount in its currency, as the reader writes money ($1,200; ۱٬۲۰۰ دلار آمریکا). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(numberTag(locale), { style: 'currency', currency, currencyDisplay: locale === 'fa' ? 'name' : 'symbol', maximumFractionDigits: 0 })
    .format(amount);
}
