import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox the browser tests drive (FIREFOX_PATH overrides), or null. */
export function findFirefox(): string | null {
  return CANDIDATES.find((path): path is string => !!path && existsSync(path)) ?? null;
}
