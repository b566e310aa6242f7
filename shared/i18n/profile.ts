/**
 * The side panel's translator: its own texts (a person's whole profile), then
 * every other text. Kept apart from en.ts and fa.ts so the content script,
 * which every page loads, does not carry them.
 */
import type { Locale } from '../schemas/enums';
import { translator, type Translate } from '.';
import { profileEn } from './profile-en';
import { profileFa } from './profile-fa';

const texts: Record<Locale, Record<string, string>> = { en: profileEn, fa: profileFa };

export function profileTranslator(locale: Locale): Translate {
  const shared = translator(locale);
  const dict = texts[locale];
  const plural = new Intl.PluralRules(locale === 'fa' ? 'fa-IR' : 'en-US');
  // The shared translator fills in the text it is given as its fallback: numbers in the reader's digits.
  return (key, vars = {}, fallback = key) => {
    const { count } = vars;
    const counted = typeof count === 'number' ? dict[`${key}.${plural.select(count)}`] ?? dict[`${key}.other`] : undefined;
    return shared(key, vars, counted ?? dict[key] ?? fallback);
  };
}
