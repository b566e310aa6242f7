/**
 * The page's half of reporting a changed site layout: once the page has had
 * time to render, its top frame checks the site adapter's anchors and says
 * when they are all missing. A frame inside the page (a webmail's preview
 * pane) is a part of it, whose anchors are the page's own: it says nothing.
 */
import type { SiteAdapter } from './sites/site-adapter';
import { layoutChanged, siteHealth, type SiteHealth } from './sites/site-health';

/** After the page's load event, for a web app to draw its views from the scripts it loaded. */
const RENDER_TIME_MS = 5_000;

export function checkLayoutOnceRendered(adapter: SiteAdapter, onChanged: (health: SiteHealth) => void) {
  if (window !== window.top) return;
  const check = () => setTimeout(() => {
    const health = siteHealth(adapter, document);
    if (layoutChanged(health)) onChanged(health);
  }, RENDER_TIME_MS);
  if (document.readyState === 'complete') check();
  else window.addEventListener('load', check, { once: true });
}
