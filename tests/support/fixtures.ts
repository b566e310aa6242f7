import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A saved page of a site as a document (needs a DOM environment such as happy-dom). */
export function fixtureDocument(site: string, page: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, site, `${page}.html`), 'utf8'), 'text/html');
}

/** Puts the test's page (happy-dom's window, whose address its parsed documents share) at `url`. */
export function browseTo(url: string) {
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(url);
}

/** A URL as the `Location` an adapter's `matches` reads. */
export const locationOf = (url: string) => new URL(url) as unknown as Location;

/** The element a found person's badge stands beside: the anchor, or the element holding a text anchor. */
export const anchorElement = (p: { anchor: Element | Text }) => (p.anchor instanceof Element ? p.anchor : p.anchor.parentElement)!;
