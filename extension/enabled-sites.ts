/**
 * The match patterns of the sites the user enabled, in extension storage. The
 * background alone writes them (and registers the content script for them);
 * the popup and the options page read them.
 */
import { browser } from 'wxt/browser';

const KEY = 'enabledSites';

export async function loadEnabledPatterns(): Promise<string[]> {
  return ((await browser.storage.local.get(KEY))[KEY] as string[] | undefined) ?? [];
}

export async function saveEnabledPatterns(patterns: string[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: patterns });
}

export function onEnabledPatternsChanged(listener: (patterns: string[]) => void) {
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (changes[KEY]) listener((changes[KEY].newValue as string[] | undefined) ?? []);
  };
  browser.storage.local.onChanged.addListener(onChanged);
  return () => browser.storage.local.onChanged.removeListener(onChanged);
}
