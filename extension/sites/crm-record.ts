/**
 * What a CRM's person record shows, the same on every CRM: the person's name
 * in the record's header and their address in an email field. Each gets a
 * badge (role `record`): beside the email field's value, and beside the name
 * for the record's primary address. A CRM adapter names its selectors and
 * this reads them.
 */
import { asEmail, queryAll, type FoundPerson, type SiteAdapter } from './site-adapter';

export type RecordMarkup = {
  /** The record's name in its header. */
  name: string;
  /** Each email field's value: a link, a text, or the field itself. */
  email: string;
  /** The email field whose address is the record's own (the name's badge is for it); `email` by default. */
  primaryEmail?: string;
  /** Regions showing the same address again (a header's summary), left alone by the generic adapter. */
  alsoCovers?: string;
};

const FORM_CONTROL = 'input, textarea, select';

/** The address a field shows: an input's value, a `mailto:` link's target, or its text. */
function addressOf(el: Element): string | null {
  const control = el.matches(FORM_CONTROL) ? el : el.querySelector(FORM_CONTROL);
  if (control) return asEmail((control as HTMLInputElement).value || control.getAttribute('value'));
  const href = (el.closest('a[href^="mailto:" i]') ?? el.querySelector('a[href^="mailto:" i]'))?.getAttribute('href');
  return asEmail(href ? decodeURIComponent(href.slice('mailto:'.length).split('?')[0]!) : el.textContent);
}

/** The primary address of the record a name heads: in its nearest ancestor that has a primary email field. */
function recordAddress(name: Element, primary: string): string | null {
  for (let box = name.parentElement; box; box = box.parentElement) {
    const field = box.querySelector(primary);
    if (field) return addressOf(field);
  }
  return null;
}

export function recordReader({ name, email, primaryEmail = email, alsoCovers }: RecordMarkup): Pick<SiteAdapter, 'covers' | 'find'> {
  return {
    covers: [name, email, alsoCovers].filter(Boolean).join(', '),
    find(root) {
      const people: FoundPerson[] = [];
      for (const el of queryAll(root, email)) {
        const address = addressOf(el);
        // A badge never goes inside a form control: beside it.
        if (address) people.push({ email: address, name: null, role: 'record', anchor: el.matches(FORM_CONTROL) ? el.parentElement ?? el : el });
      }
      for (const el of queryAll(root, name)) {
        const address = recordAddress(el, primaryEmail);
        const shown = el.textContent?.replace(/\s+/g, ' ').trim() || null;
        if (address) people.push({ email: address, name: shown, role: 'record', anchor: el });
      }
      // The email fields' names are the record's.
      const names = new Map(people.filter((p) => p.name).map((p) => [p.email, p.name]));
      return people.map((p) => ({ ...p, name: p.name ?? names.get(p.email) ?? null }));
    },
  };
}
