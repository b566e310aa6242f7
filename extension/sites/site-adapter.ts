/** What a site adapter tells the overlay: who is on the page, and where to put their badge. */

export type PersonRole = 'from' | 'to' | 'cc' | 'record' | 'mention';

export type FoundPerson = {
  email: string;
  name: string | null;
  role: PersonRole;
  /** The badge goes right after this node: an element naming the person, or the text node holding the address. */
  anchor: Element | Text;
  /** For a text anchor: where the address ends in it. */
  offset?: number;
  /** In a tight spot (a list row's sender column): the badge goes before the name and shows only the top segment. */
  compact?: boolean;
};

/** A message being written: where the user types it, its recipients' fields, and the conversation it belongs to. */
export type Composition = {
  /** The editor as the user sees it: the element they type the message in, with any toolbar drawn over it. */
  editor: HTMLElement;
  /** The compose form around the editor: the people the adapter finds in it with role `to` or `cc` are the message's recipients. */
  form: Element;
  /** The conversation the message answers, as the site names it (a thread's id, the replied message's id); null for a new message. */
  thread: string | null;
};

export type SiteAdapter = {
  id: string;
  /**
   * Whether this adapter knows the page: by its address, or by its markup for
   * self-hosted sites at any address (given the document when there is one).
   * The generic adapter matches everywhere.
   */
  matches: (location: Location, doc?: Document) => boolean;
  /**
   * Selectors the adapter relies on, each expected on some page of the site.
   * The health check reports the ones that stopped matching (the site changed).
   */
  anchors: Record<string, string>;
  /**
   * The site's pages the anchors are expected on, by path and query (a CRM's
   * person records, a webmail's mail pages); the health check leaves its other
   * pages alone. Every page when absent.
   */
  checkedPaths?: RegExp;
  /** Regions the adapter reads itself; the generic adapter leaves them alone so nobody is annotated twice. */
  covers?: string;
  /**
   * The signed-in user's address, where the site shows the account (its
   * account menu): the overlay never badges nor looks up the user's own address.
   */
  owner?: (doc: Document) => string | null;
  find: (root: ParentNode) => FoundPerson[];
  /** The messages being written on the page, on a webmail. */
  compositions?: (doc: Document) => Composition[];
};

/**
 * The addresses the API accepts (zod's email rule, as shared/schemas/contact.ts
 * applies it): the overlay only asks about those, since one address the API
 * refuses would fail the whole batch. A unit test keeps the two in step.
 */
const EMAIL = /^(?:[a-z0-9_'+-]+\.)*[a-z0-9_'+-]*[a-z0-9_+-]@(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;
const MAX_LENGTH = 254;

/** A normalised address, or null when the text is not one. */
export function asEmail(text: string | null | undefined): string | null {
  const email = text?.trim().toLowerCase() ?? '';
  return email.length <= MAX_LENGTH && EMAIL.test(email) ? email : null;
}

/** What looks like an address in running text, before asEmail() decides whether it is one. */
export const ADDRESS_IN_TEXT = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/** The first address in a text the user pointed at (a selection, a `mailto:` link's URL), or null. */
export function addressIn(text: string | undefined): string | null {
  let decoded = text ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch { /* a selection with a stray % is read as it is */ }
  return asEmail(decoded.match(new RegExp(ADDRESS_IN_TEXT.source, 'i'))?.[0]);
}

/** Matching elements in `root`, `root` itself included when it is an element. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  return root instanceof Element && root.matches(selector) ? [root, ...found] : found;
}
