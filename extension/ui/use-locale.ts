import { useEffect, useState } from 'react';
import { isRtl, translator } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import { loadSettings, onSettingsChanged, resolveLocale } from '../settings';

/** The user's language for the extension's pages, following the settings as they change. */
export function useLocale() {
  const [locale, setLocale] = useState<Locale>(resolveLocale('auto'));
  useEffect(() => {
    void loadSettings().then((s) => setLocale(resolveLocale(s.language)));
    onSettingsChanged((s) => setLocale(resolveLocale(s.language)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';
  }, [locale]);
  return { locale, t: translator(locale) };
}
