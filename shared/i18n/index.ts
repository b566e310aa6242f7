import type { Locale } from '../schemas/enums';
import { en, type MessageKey } from './en';
import { fa } from './fa';

export type { MessageKey };
const messages: Record<Locale, Record<MessageKey, string>> = { en, fa };

export const isRtl = (locale: Locale) => locale === 'fa';

/** A translator for one language; `{name}` placeholders are filled from `vars`. Unknown keys fall back to `fallback`. */
export function translator(locale: Locale) {
  const dict = messages[locale];
  return (key: string, vars: Record<string, string | number> = {}, fallback = key) => {
    const text = dict[key as MessageKey] ?? fallback;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  };
}
export type Translate = ReturnType<typeof translator>;

/** Dates as the reader expects them: Solar Hijri in Persian, Gregorian in English. */
export function formatDate(iso: string, locale: Locale): string {
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatMoney(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 0 }).format(amount);
}
