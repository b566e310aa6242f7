/** The user's settings, in extension storage: where the API is, the token, the language, the user's own addresses. */
import { browser } from 'wxt/browser';
import type { Locale } from '../shared/schemas/enums';

export type Language = 'auto' | Locale;
export type Settings = {
  serverUrl: string;
  token: string;
  language: Language;
  /** Addresses and domains never looked up nor badged (see own-addresses.ts). */
  ownAddresses: string[];
};

export const DEFAULT_SETTINGS: Settings = { serverUrl: 'http://127.0.0.1:8787', token: '', language: 'auto', ownAddresses: [] };
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export function onSettingsChanged(listener: (settings: Settings) => void) {
  browser.storage.local.onChanged.addListener((changes) => {
    if (changes[KEY]) listener({ ...DEFAULT_SETTINGS, ...(changes[KEY].newValue as Partial<Settings>) });
  });
}

/** The language to show: the chosen one, or the browser's when it is Persian. */
export function resolveLocale(language: Language, browserLanguage = navigator.language): Locale {
  if (language !== 'auto') return language;
  return browserLanguage.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}
