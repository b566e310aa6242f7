/**
 * The user's own addresses: never looked up and never badged. They come from
 * the settings (addresses, and domains such as the team's own) and from the
 * site itself where it shows the signed-in account.
 */
import { asEmail } from './sites/site-adapter';

/** An entry of the settings' list as kept: an address, or a domain ("acme.com" or "@acme.com"); null when it is neither. */
export function ownEntry(text: string): string | null {
  const entry = text.trim().toLowerCase().replace(/^@/, '');
  if (entry.includes('@')) return asEmail(entry);
  return asEmail(`user@${entry}`) ? entry : null;
}

/** Whether an address is one of these entries, or at one of their domains (or a subdomain of one). */
export function ownAddressMatcher(entries: Iterable<string | null | undefined>): (email: string) => boolean {
  const own = new Set<string>();
  for (const entry of entries) if (entry) own.add(entry);
  return (email) => {
    if (own.has(email)) return true;
    for (let domain = email.slice(email.indexOf('@') + 1); domain; domain = domain.slice(domain.indexOf('.') + 1 || domain.length)) {
      if (own.has(domain)) return true;
    }
    return false;
  };
}
