/**
 * People a page describes in JSON-LD (`<script type="application/ld+json">`):
 * every object with an `email` (a Person, an author, an employee, a contact
 * point), with its name. The script is invisible, so where a badge goes is
 * decided by the generic adapter: beside the element that shows the name.
 */
import { asEmail } from './site-adapter';

export type DescribedPerson = { email: string; name: string | null };

const SCRIPT = 'script[type="application/ld+json" i]';
const byDocument = new WeakMap<Document, DescribedPerson[]>();

function nameOf(node: Record<string, unknown>): string | null {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
  return text(node.name) || [text(node.givenName), text(node.familyName)].filter(Boolean).join(' ') || null;
}

function collect(node: unknown, into: DescribedPerson[]) {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const value of [record.email].flat()) {
      const email = typeof value === 'string' ? asEmail(value.replace(/^mailto:/i, '')) : null;
      if (email) into.push({ email, name: nameOf(record) });
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'email') collect(value, into);
  }
}

function parse(script: Element): DescribedPerson[] {
  const people: DescribedPerson[] = [];
  try {
    collect(JSON.parse(script.textContent ?? ''), people);
  } catch {
    // A page's broken JSON-LD describes nobody.
  }
  return people;
}

/**
 * Everyone with an address in the JSON-LD of the document `root` is in. The
 * scripts are read again when the whole document is scanned or a scan's root
 * holds one; a scan of some other part of the page reuses what was read.
 */
export function jsonLdPeople(root: ParentNode): DescribedPerson[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (root === doc || root.querySelector(SCRIPT) || (root as Element).matches?.(SCRIPT)) {
    byDocument.set(doc, [...doc.querySelectorAll(SCRIPT)].flatMap(parse));
  }
  return byDocument.get(doc) ?? [];
}
