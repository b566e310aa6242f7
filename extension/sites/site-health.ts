import type { SiteAdapter } from './site-adapter';

/**
 * Which of a site adapter's anchors no longer match anything on this page.
 * When all are missing on the site, its markup has likely changed and the
 * adapter needs updating: the popup says so, and the background reports it to
 * the API for the admins.
 */
export type SiteHealth = { site: string; checked: number; missing: string[] };

export function siteHealth(adapter: SiteAdapter, root: ParentNode): SiteHealth | null {
  const names = Object.keys(adapter.anchors);
  if (names.length === 0) return null;
  const page = ((root as Node).ownerDocument ?? (root as Document)).location;
  if (adapter.checkedPaths && page && /^https?:$/.test(page.protocol) && !adapter.checkedPaths.test(page.pathname + page.search)) return null;
  return { site: adapter.id, checked: names.length, missing: names.filter((name) => !root.querySelector(adapter.anchors[name]!)) };
}

/** Every anchor missing: the site's markup changed under its adapter. */
export const layoutChanged = (health: SiteHealth | null): health is SiteHealth => health !== null && health.missing.length === health.checked;
