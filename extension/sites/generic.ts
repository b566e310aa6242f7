/**
 * People on any page: `mailto:` links, elements carrying an `email` attribute
 * (as webmail clients mark senders), schema.org microdata (`itemprop=email`),
 * Cloudflare-obfuscated addresses, people described in JSON-LD, and addresses
 * written in visible text.
 *
 * An address that is not shown (a `<meta itemprop=email>`, JSON-LD) gets its
 * badge beside the element showing that person's name: the `itemprop=name` of
 * the same item, or the first text that is exactly the JSON-LD name. With no
 * such element it gets no badge, since a badge needs a place that means that
 * person.
 */
import { CLOUDFLARE_EMAIL, cloudflareEmail } from './cloudflare-email';
import { jsonLdPeople } from './json-ld';
import { ADDRESS_IN_TEXT, asEmail, queryAll, type FoundPerson, type SiteAdapter } from './site-adapter';

/** Where addresses are text the user is typing or code, never to be touched. */
const SKIP = 'script, style, noscript, template, textarea, input, select, option, [contenteditable=""], [contenteditable="true"], seglens-badge';
const MICRODATA_EMAIL = '[itemprop~="email"]';
/** Elements that name a person already: the text inside them is not scanned again. */
const NAMED = `a[href^="mailto:" i], [email], ${MICRODATA_EMAIL}, ${CLOUDFLARE_EMAIL}`;
/** Elements that show nothing, so a badge cannot go beside them. */
const UNSHOWN = 'meta, link';

function mailtoAddress(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!/^mailto:/i.test(href)) return null;
  try {
    return asEmail(decodeURIComponent(href.slice('mailto:'.length).split('?')[0]!.split(',')[0]!));
  } catch {
    return null;
  }
}

const collapse = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** A link's text when it is a name rather than the address itself. */
function nameFrom(text: string | null, email: string): string | null {
  const name = collapse(text?.replace(/<[^>]*>/g, ''));
  return name && name.toLowerCase() !== email ? name : null;
}

const documentOf = (root: ParentNode) => (root as Node).ownerDocument ?? (root as Document);

/** Text nodes under `root` outside `skip` (and outside elements that name a person), each passed to `visit`. */
function eachText(root: ParentNode, skip: string, accept: (text: string) => boolean, visit: (node: Text) => void) {
  // Compared by node type, not instanceof: documents may come from another realm (a parsed page).
  const start: Node | null = (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document).body : (root as Node);
  if (!start || (start as Element).closest?.(`${skip}, ${NAMED}`)) return;
  const walker = documentOf(root).createTreeWalker(start, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => node.nodeType === Node.ELEMENT_NODE
      ? ((node as Element).matches(`${skip}, ${NAMED}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP)
      : (accept(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Text);
}

function textAddresses(root: ParentNode, skip: string): FoundPerson[] {
  const found: FoundPerson[] = [];
  // Most of what a page adds (a list's rows) holds no address in its text: one look at all of it spares the walk.
  const all = (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document).body : (root as Node);
  if (!all?.textContent?.includes('@')) return found;
  eachText(root, skip, (text) => text.includes('@'), (node) => {
    for (const match of (node.nodeValue ?? '').matchAll(ADDRESS_IN_TEXT)) {
      const email = asEmail(match[0]);
      if (email) found.push({ email, name: null, role: 'mention', anchor: node, offset: match.index + match[0].length });
    }
  });
  return found;
}

/** An `itemprop=email`: beside itself when shown, else beside its item's shown name. */
function microdataPerson(el: Element): FoundPerson | null {
  if (el.matches('a[href^="mailto:" i]')) return null; // A mailto link already.
  const email = asEmail(el.getAttribute('content') ?? el.textContent);
  const nameEl = [...(el.closest('[itemscope]')?.querySelectorAll('[itemprop~="name"]') ?? [])].find((n) => !n.matches(UNSHOWN));
  const name = collapse(nameEl?.getAttribute('content') ?? nameEl?.textContent) || null;
  const anchor = el.matches(UNSHOWN) ? nameEl : el;
  return email && anchor ? { email, name, role: 'mention', anchor } : null;
}

/** JSON-LD people whose address the page does not show: beside the first text in `root` that is exactly their name. */
function describedPeople(root: ParentNode, skip: string): FoundPerson[] {
  const described = jsonLdPeople(root);
  if (described.length === 0) return [];
  const doc = documentOf(root);
  const shown = new Set([...textAddresses(doc, SKIP).map((p) => p.email), ...queryAll(doc, 'a[href^="mailto:" i]').map(mailtoAddress)]);
  const byName = new Map<string, string>();
  for (const { email, name } of described) if (name && !byName.has(name) && !shown.has(email)) byName.set(name, email);
  if (byName.size === 0) return [];
  const found: FoundPerson[] = [];
  eachText(root, skip, (text) => byName.has(collapse(text)), (node) => {
    const name = collapse(node.nodeValue);
    const email = byName.get(name);
    byName.delete(name);
    if (email && node.parentElement) found.push({ email, name, role: 'mention', anchor: node.parentElement });
  });
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
      const add = (person: FoundPerson | null) => {
        if (person && !(person.anchor as Element).closest(skip)) people.push(person);
      };
      for (const link of queryAll(root, 'a[href^="mailto:" i]')) {
        const email = mailtoAddress(link);
        if (email) add({ email, name: nameFrom(link.textContent, email), role: 'mention', anchor: link });
      }
      for (const el of queryAll(root, '[email]')) {
        const email = asEmail(el.getAttribute('email'));
        // Webmail marks senders this way in its message lists, where room is short.
        if (email) add({ email, name: el.getAttribute('name') || nameFrom(el.textContent, email), role: 'mention', anchor: el, compact: true });
      }
      for (const el of queryAll(root, MICRODATA_EMAIL)) add(microdataPerson(el));
      for (const el of queryAll(root, CLOUDFLARE_EMAIL)) {
        // Cloudflare often puts its obfuscated span inside an obfuscated link: one badge, after the outer one.
        const email = el.parentElement?.closest(CLOUDFLARE_EMAIL) ? null : cloudflareEmail(el);
        if (email) add({ email, name: null, role: 'mention', anchor: el });
      }
      return [...people, ...describedPeople(root, skip), ...textAddresses(root, skip)];
    },
  };
}

export const generic = genericAdapter();
