/**
 * Gmail: the people of each thread in the list, and the sender and recipients
 * of each message in an open conversation. Gmail puts the address in an
 * `email` attribute; its class names are obfuscated but have been stable for
 * years (see tests/fixtures/gmail/selectors.md).
 */
import { asEmail, queryAll, type FoundPerson, type SiteAdapter } from './site-adapter';

const LIST_PEOPLE = 'tr.zA .yW span[email]';
const SENDER = 'span.gD[email]';
const RECIPIENTS = 'span.hb span.g2[email]';

/** The signed-in user, from the account button ("Google Account: Name (address)"). */
function owner(doc: Document): string | null {
  const label = doc.querySelector('a[aria-label^="Google Account:"]')?.getAttribute('aria-label') ?? '';
  return asEmail(/\(([^()]+)\)\s*$/.exec(label)?.[1]);
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (location) => location.hostname === 'mail.google.com',
  anchors: {
    threadList: 'div[role=main] tr.zA',
    listPeople: LIST_PEOPLE,
    messageSender: `div.adn ${SENDER}`,
    messageRecipients: `div.adn ${RECIPIENTS}`,
  },
  // List rows (with their hidden copies of every name) and message headers (with the sender's address as text).
  covers: 'tr.zA, div.adn .gE',
  owner,
  find(root) {
    const people: FoundPerson[] = [];
    const add = (selector: string, role: FoundPerson['role'], compact: boolean) => {
      for (const el of queryAll(root, selector)) {
        const email = asEmail(el.getAttribute('email'));
        if (email) people.push({ email, name: el.getAttribute('name') || el.textContent?.trim() || null, role, anchor: el, compact });
      }
    };
    add(LIST_PEOPLE, 'from', true);
    add(SENDER, 'from', false);
    add(RECIPIENTS, 'to', false);
    return people;
  },
};
