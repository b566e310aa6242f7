/**
 * Which sites SegLens may run on, in the terms the browser grants them: match
 * patterns. Install grants none; the user enables each site (a built-in one
 * such as Gmail, or any other page's origin) through an optional host
 * permission, and the content script is registered for those patterns only.
 */

/** What the extension may ask for at most: any http(s) page, one site at a time. */
export const OPTIONAL_HOST_PATTERNS = ['http://*/*', 'https://*/*'];

export type Site = {
  /** A built-in site's id, or null for a site the user enabled by its address. */
  builtIn: 'gmail' | 'outlook' | null;
  /** What the user sees: the product's name, or the page's scheme and host. */
  name: string;
  /** The match patterns asked for and registered, always together. */
  patterns: string[];
};

/** The hosts each built-in site serves from: its adapter reads them, and enabling the site asks for them all. */
export const BUILT_IN_HOSTS = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
} as const;

/** Sites SegLens reads with an adapter of their own, each on every host it serves from. */
export const BUILT_IN_SITES: readonly Site[] = [
  { builtIn: 'gmail', name: 'Gmail', patterns: BUILT_IN_HOSTS.gmail.map((host) => `https://${host}/*`) },
  { builtIn: 'outlook', name: 'Outlook', patterns: BUILT_IN_HOSTS.outlook.map((host) => `https://${host}/*`) },
];

/** Whether `location` is one of a built-in site's hosts. */
export const servesBuiltIn = (site: keyof typeof BUILT_IN_HOSTS, location: Location) =>
  (BUILT_IN_HOSTS[site] as readonly string[]).includes(location.hostname);

/**
 * The site a page belongs to: the built-in site serving it, or else the page's
 * own scheme and host (every port, since Firefox's patterns cannot name one).
 * Null for pages no extension may run on (the browser's own, files).
 */
export function siteOf(url: string | undefined): Site | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return siteOfPattern(`${parsed.protocol}//${parsed.hostname}/*`);
}

/** A web page's host (with its port), as the API records where a tag was applied from; null for anything else (about:blank, srcdoc). */
export function hostOf(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host ? parsed.host : null;
  } catch {
    return null;
  }
}

/** The site an enabled pattern belongs to: a built-in site, or the scheme and host it names. */
export function siteOfPattern(pattern: string): Site {
  return BUILT_IN_SITES.find((site) => site.patterns.includes(pattern))
    ?? { builtIn: null, name: pattern.replace(/\/\*$/, ''), patterns: [pattern] };
}

/** The enabled sites, each once, from the enabled patterns. */
export function sitesOf(patterns: readonly string[]): Site[] {
  const sites = new Map<string, Site>();
  for (const pattern of patterns) {
    const site = siteOfPattern(pattern);
    sites.set(site.builtIn ?? site.patterns[0]!, site);
  }
  return [...sites.values()];
}

export const isEnabled = (site: Site, enabled: readonly string[]) => site.patterns.every((p) => enabled.includes(p));
