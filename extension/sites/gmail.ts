/**
 * Gmail: the people of each thread in the list, the sender and recipients of
 * each message in an open conversation, and the recipients and editor of a
 * message being written. Gmail puts the address in an `email` attribute (a recipient chip: in
 * `data-hovercard-id`); its class names are obfuscated but have been stable for
 * years (see tests/fixtures/gmail/selectors.md).
 */
import { servesBuiltIn } from '../site-access';
import { asEmail, queryAll, type Composition, type FoundPerson, type SiteAdapter } from './site-adapter';

const LIST_PEOPLE = 'tr.zA .yW span[email]';
const SENDER = 'span.gD[email]';
const RECIPIENTS = 'span.hb span.g2[email]';
/** A recipient chip of a compose or reply, in its To, Cc or Bcc field (`div.anm[name=to|cc|bcc]`), as InboxSDK reads them. */
const COMPOSE_RECIPIENT = '.GS .anm[name] [role=listbox] [role=option][data-hovercard-id]';
/** The body of a message being written, inline in a conversation or in a compose window, in its form with the recipient fields. */
const COMPOSE_EDITOR = 'form div[g_editable="true"][role="textbox"][contenteditable="true"]';
/** An open conversation's subject, which carries the thread's id. */
const THREAD_SUBJECT = 'h2.hP[data-thread-perm-id]';

/** A reply written inline belongs to the conversation shown in the main view; a compose window (outside it) starts a new one. */
function compositions(doc: Document): Composition[] {
  return [...doc.querySelectorAll<HTMLElement>(COMPOSE_EDITOR)].map((editor) => ({
    editor,
    form: editor.closest('form')!,
    thread: editor.closest('div[role=main]')?.querySelector(THREAD_SUBJECT)?.getAttribute('data-thread-perm-id') ?? null,
  }));
}

/** The signed-in user, from the account button ("Google Account: Name (address)"). */
function owner(doc: Document): string | null {
  const label = doc.querySelector('a[aria-label^="Google Account:"]')?.getAttribute('aria-label') ?? '';
  return asEmail(/\(([^()]+)\)\s*$/.exec(label)?.[1]);
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (location) => servesBuiltIn('gmail', location),
  anchors: {
    threadList: 'div[role=main] tr.zA',
    listPeople: LIST_PEOPLE,
    messageSender: `div.adn ${SENDER}`,
    messageRecipients: `div.adn ${RECIPIENTS}`,
    composeRecipients: COMPOSE_RECIPIENT,
    composeEditor: COMPOSE_EDITOR,
  },
  // List rows (with their hidden copies of every name), message headers (with the sender's address as text)
  // and compose fields (a typed address's chip shows it as text).
  covers: 'tr.zA, div.adn .gE, .anm[name]',
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
    for (const chip of queryAll(root, COMPOSE_RECIPIENT)) {
      const email = asEmail(chip.getAttribute('data-hovercard-id'));
      const name = chip.getAttribute('data-name');
      const field = chip.closest('.anm[name]')?.getAttribute('name');
      if (email) people.push({ email, name: name && name.toLowerCase() !== email ? name : null, role: field === 'to' ? 'to' : 'cc', anchor: chip });
    }
    return people;
  },
  compositions,
};
