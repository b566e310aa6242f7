/** Turning SegLens on and off for a site, as the popup and the options page both offer it. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadEnabledPatterns, onEnabledPatternsChanged } from '../enabled-sites';
import { askBackground } from '../messages';
import type { Site } from '../site-access';

/**
 * Asks the browser for the site's host permission, then has the background
 * register the content script there. Call it straight from the click: the
 * browser asks the user only during one.
 */
export async function turnOn(site: Site): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: site.patterns }))) return false;
  return (await askBackground({ type: 'enable-site', patterns: site.patterns })).enabled;
}

/** The site's content script and host permission go; its open pages lose their badges when next loaded. */
export async function turnOff(site: Site): Promise<void> {
  await askBackground({ type: 'disable-site', patterns: site.patterns });
}

/** The enabled sites' patterns, following changes (null until read). */
export function useEnabledPatterns(): string[] | null {
  const [patterns, setPatterns] = useState<string[] | null>(null);
  useEffect(() => {
    void loadEnabledPatterns().then(setPatterns);
    return onEnabledPatternsChanged(setPatterns);
  }, []);
  return patterns;
}
