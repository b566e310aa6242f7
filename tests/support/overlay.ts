/**
 * Reads the overlay as it is drawn. Badges live in closed shadow roots that no
 * page script can reach, so the tests read them the way the browser's own
 * inspector does, through the DevTools protocol.
 */
import type { Page } from 'playwright-core';

type DomNode = {
  nodeType: number; localName?: string; nodeValue?: string; attributes?: string[];
  children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode;
};

export type DrawnBadge = {
  /** What the badge itself shows. */
  text: string;
  className: string;
  /** The card's text when it is open, else null. */
  card: string | null;
  cardDir: string | null;
  /** `data-email` of the nearest ancestor that has one (the demo page marks rows and headers so). */
  context: string | null;
  /** The text just before the badge: the name or address it annotates. */
  before: string;
  /** The text just after it: the name, for a compact badge placed before it. */
  after: string;
};

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
  return null;
};

function text(n: DomNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.localName === 'style') return '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join('');
}

function find(n: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

export async function drawnBadges(page: Page): Promise<DrawnBadge[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
  await cdp.detach();
  const found: DrawnBadge[] = [];
  const walk = (n: DomNode, context: string | null, previous: DomNode | null, next: DomNode | null) => {
    if (n.localName === 'seglens-badge') {
      const shadow = n.shadowRoots?.[0];
      const badge = shadow && find(shadow, (x) => (attr(x, 'class') ?? '').startsWith('badge'));
      const card = shadow && find(shadow, (x) => (attr(x, 'class') ?? '').startsWith('card'));
      found.push({
        text: badge ? text(badge) : '',
        className: badge ? attr(badge, 'class') ?? '' : '',
        card: card ? text(card) : null,
        cardDir: card ? attr(card, 'dir') : null,
        context,
        before: previous ? text(previous).trim() : '',
        after: next ? text(next).trim() : '',
      });
      return;
    }
    const here = attr(n, 'data-email') ?? context;
    const kids = [...(n.children ?? [])];
    kids.forEach((c, i) => walk(c, here, kids[i - 1] ?? null, kids[i + 1] ?? null));
    if (n.contentDocument) walk(n.contentDocument, here, null, null);
  };
  walk(root, null, null, null);
  return found;
}

/** Waits until the page shows at least `count` badges, none still loading. */
export async function settledBadges(page: Page, count: number, timeoutMs = 15_000): Promise<DrawnBadge[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const badges = await drawnBadges(page);
    if (badges.length >= count && badges.every((b) => !b.className.includes('loading'))) return badges;
    if (Date.now() > until) throw new Error(`expected ${count} settled badges, found ${badges.length}: ${JSON.stringify(badges.map((b) => b.className))}`);
    await page.waitForTimeout(100);
  }
}
