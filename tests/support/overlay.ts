/**
 * Reads the overlay as it is drawn. Badges live in closed shadow roots that no
 * page script can reach, so the tests read them the way the browser's own
 * inspector does, through the DevTools protocol.
 */
import type { Page } from 'playwright-core';

type DomNode = {
  nodeType: number; backendNodeId: number; localName?: string; nodeValue?: string; attributes?: string[];
  children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode;
};

export type DrawnBadge = {
  /** What the badge itself shows. */
  text: string;
  className: string;
  /** What the badge says to a screen reader: the person's name and every segment and tag, with the score. */
  label: string;
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

const isBadge = (x: DomNode) => (attr(x, 'class') ?? '').startsWith('badge');
const isCard = (x: DomNode) => (attr(x, 'class') ?? '').startsWith('card');

/** The card open in a document (its layer, `seglens-card`, holds one at most), not looking into its frames. */
function cardOf(doc: DomNode): DomNode | null {
  const layer = find(doc, (x) => x.localName === 'seglens-card');
  return layer?.shadowRoots?.[0] ? find(layer.shadowRoots[0], isCard) : null;
}

export async function drawnBadges(page: Page): Promise<DrawnBadge[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
  await cdp.detach();
  const found: DrawnBadge[] = [];
  const walk = (n: DomNode, context: string | null, previous: DomNode | null, next: DomNode | null, openCard: DomNode | null) => {
    if (n.localName === 'seglens-badge') {
      const shadow = n.shadowRoots?.[0];
      const badge = shadow && find(shadow, isBadge);
      // A document's open card is drawn in its own layer, for the badge that says it is expanded.
      const card = badge && attr(badge, 'aria-expanded') === 'true' ? openCard : null;
      found.push({
        text: badge ? text(badge) : '',
        className: badge ? attr(badge, 'class') ?? '' : '',
        label: badge ? attr(badge, 'aria-label') ?? '' : '',
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
    kids.forEach((c, i) => walk(c, here, kids[i - 1] ?? null, kids[i + 1] ?? null, openCard));
    if (n.contentDocument) walk(n.contentDocument, here, null, null, cardOf(n.contentDocument));
  };
  walk(root, null, null, null, cardOf(root));
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

/**
 * The middle of what the badge in the first host matching `hostSelector`
 * draws first: where a user points to hover or click it. A host's box is the
 * same for everyone; only what is drawn in it (often less wide) takes the pointer.
 */
export async function badgePoint(page: Page, hostSelector: string): Promise<{ x: number; y: number }> {
  await page.locator(hostSelector).first().scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) throw new Error(`no badge host matches ${hostSelector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true }) as unknown as { node: DomNode };
    // The badge fills the host's box; what it draws (a mark, or segments and a score) is what takes the pointer.
    const drawn = find(node.shadowRoots![0]!, isBadge)!.children!.find((c) => c.nodeType === 1)!;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: drawn.backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn` on the card open in the page's top document (inside its closed
 * shadow root, out of page script's reach), as the inspector can; null when
 * no card is open.
 */
export async function onOpenCard<A, T>(page: Page, fn: (card: HTMLElement, arg: A) => T, arg: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as unknown as { root: DomNode };
    const card = cardOf(root);
    if (!card) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId, functionDeclaration: fn.toString(), arguments: [{ objectId: object.objectId }, { value: arg }], returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`on the open card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Reads the text of the card open in the page's top document, from its layer
 * alone, on one DevTools session kept open: quick enough to read card after
 * card on a page of hundreds of badges. '' when no card is open.
 */
export async function openCardReader(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return {
    async text(): Promise<string> {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'seglens-card' });
      if (!nodeId) return '';
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true }) as unknown as { node: DomNode };
      const card = node.shadowRoots?.[0] ? find(node.shadowRoots[0], isCard) : null;
      return card ? text(card) : '';
    },
    detach: () => cdp.detach(),
  };
}

/** A tone banner as drawn: what it says, its direction, and who it is about. */
export type DrawnToneBanner = { text: string; dir: string | null; who: string; label: string | null };

/** The tone banners in a page's top document, read inside their closed shadow roots. */
export async function toneBanners(page: Page): Promise<DrawnToneBanner[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
  await cdp.detach();
  const found: DrawnToneBanner[] = [];
  const walk = (n: DomNode) => {
    const banner = n.localName === 'seglens-tone' && n.shadowRoots?.[0] ? find(n.shadowRoots[0], (x) => (attr(x, 'class') ?? '').split(' ').includes('banner')) : null;
    if (banner) {
      const who = find(banner, (x) => attr(x, 'class') === 'who');
      found.push({ text: text(banner), dir: attr(banner, 'dir'), who: who ? text(who) : '', label: attr(banner, 'aria-label') });
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return found;
}

/** The middle of the first tone banner's dismiss button: where a user clicks to hide it. */
export async function toneBannerDismissPoint(page: Page): Promise<{ x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const host = find(root, (x) => x.localName === 'seglens-tone');
    const button = host?.shadowRoots?.[0] && find(host.shadowRoots[0], (x) => x.localName === 'button');
    if (!button) throw new Error('no tone banner with a dismiss button');
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  } finally {
    await cdp.detach();
  }
}
