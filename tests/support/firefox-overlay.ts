/**
 * Reads the overlay as Firefox draws it. Badges live in closed shadow roots
 * that no page script can reach, and Firefox's accessibility locator does not
 * look into them; WebDriver BiDi serialises a node with its closed shadow
 * tree when asked, as the inspector shows it. Puppeteer has no API for that
 * option, so this sends the command on Puppeteer's own BiDi session (the
 * version is pinned in package.json).
 */
import type { Frame } from 'puppeteer-core';

type Serialized = {
  type: string;
  value?: { nodeType?: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: Serialized[]; shadowRoot?: Serialized | null } | Serialized[];
};
type Node = Exclude<Serialized['value'], Serialized[] | undefined>;

export type FirefoxBadge = {
  /** What assistive technology reads: who, their segments and their lead score. */
  label: string;
  /** What the badge draws. */
  text: string;
  loading: boolean;
};

const nodeOf = (s: Serialized | null | undefined): Node | undefined => (s && !Array.isArray(s.value) ? s.value : undefined);

function text(node: Node | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [nodeOf(node.shadowRoot), ...(node.children ?? []).map(nodeOf)].map(text).join('');
}

/** The badge element in a host's shadow tree. */
function badgeIn(node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  if ((node.attributes?.class ?? '').startsWith('badge')) return node;
  for (const child of [nodeOf(node.shadowRoot), ...(node.children ?? []).map(nodeOf)]) {
    const found = badgeIn(child);
    if (found) return found;
  }
  return undefined;
}

/** The badges in one frame's document (not its child frames'), in document order. */
export async function firefoxBadges(frame: Frame): Promise<FirefoxBadge[]> {
  const bidi = (frame.page().browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: { type: string; result?: Serialized } }> } }).connection;
  const { result } = await bidi.send('script.evaluate', {
    expression: "[...document.querySelectorAll('seglens-badge')]",
    target: { context: (frame as unknown as { _id: string })._id },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  if (result.type !== 'success' || !Array.isArray(result.result?.value)) throw new Error(`could not read the badges: ${JSON.stringify(result)}`);
  return result.result.value.map((host) => {
    const badge = badgeIn(nodeOf(host));
    return { label: badge?.attributes?.['aria-label'] ?? '', text: text(badge), loading: (badge?.attributes?.class ?? '').includes('loading') };
  });
}
