/**
 * People on any page: `mailto:` links, elements carrying an `email` attribute
 * (as webmail clients mark senders), and addresses written in visible text.
 */
import { asEmail, queryAll, type FoundPerson, type SiteAdapter } from './site-adapter';

/** Where addresses are text the user is typing or code, never to be touched. */
const SKIP = 'script, style, noscript, template, textarea, input, select, option, [contenteditable=""], [contenteditable="true"], seglens-badge';
/** Elements that name a person already: the text inside them is not scanned again. */
const NAMED = 'a[href^="mailto:" i], [email]';
const ADDRESS_IN_TEXT = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

function mailtoAddress(link: HTMLAnchorElement): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!/^mailto:/i.test(href)) return null;
  try {
    return asEmail(decodeURIComponent(href.slice('mailto:'.length).split('?')[0]!.split(',')[0]!));
  } catch {
    return null;
  }
}

/** A link's text when it is a name rather than the address itself. */
function nameFrom(text: string | null, email: string): string | null {
  const name = text?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() ?? '';
  return name && name.toLowerCase() !== email ? name : null;
}

function textAddresses(root: ParentNode, skip: string): FoundPerson[] {
  const found: FoundPerson[] = [];
  // Compared by node type, not instanceof: documents may come from another realm (a parsed page).
  const start: Node | null = (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document).body : (root as Node);
  if (!start || (start as Element).closest?.(`${skip}, ${NAMED}`)) return found;
  const walker = (start.ownerDocument ?? document).createTreeWalker(start, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => node instanceof Element
      ? (node.matches(`${skip}, ${NAMED}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP)
      : (node.nodeValue?.includes('@') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.nodeValue ?? '').matchAll(ADDRESS_IN_TEXT)) {
      const email = asEmail(match[0]);
      if (email) found.push({ email, name: null, role: 'mention', anchor: node as Text, offset: match.index + match[0].length });
    }
  }
  return found;
}

/** The generic adapter, leaving alone the regions (`covered`) a site's own adapter reads. */
export function genericAdapter(covered?: string): SiteAdapter {
  const skip = covered ? `${SKIP}, ${covered}` : SKIP;
  return {
    id: 'generic',
    matches: () => true,
    anchors: {},
    find(root) {
      const people: FoundPerson[] = [];
      for (const link of queryAll(root, 'a[href^="mailto:" i]') as HTMLAnchorElement[]) {
        const email = mailtoAddress(link);
        if (email && !link.closest(skip)) people.push({ email, name: nameFrom(link.textContent, email), role: 'mention', anchor: link });
      }
      for (const el of queryAll(root, '[email]')) {
        const email = asEmail(el.getAttribute('email'));
        // Webmail marks senders this way in its message lists, where room is short.
        if (email && !el.closest(skip)) people.push({ email, name: el.getAttribute('name') || nameFrom(el.textContent, email), role: 'mention', anchor: el, compact: true });
      }
      return [...people, ...textAddresses(root, skip)];
    },
  };
}

export const generic = genericAdapter();
