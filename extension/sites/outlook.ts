/**
 * Outlook on the web: the sender of each row in the message list, the sender
 * and recipients of a message in the reading pane, and the recipients and
 * editor of a message being written. Outlook's class names are generated, so it is read
 * by its stable attributes (`data-app-section`, `data-testid`, the contact
 * card targets `data-lpc-hover-target-id`) and its editor's entity classes
 * (see tests/fixtures/outlook/README.md).
 */
import { servesBuiltIn } from '../site-access';
import { asEmail, queryAll, type Composition, type FoundPerson, type SiteAdapter } from './site-adapter';

const LIST_SENDER = '[data-app-section="MessageList"] [role="option"][data-convid] span[title*="@"]';
/** Everyone a message's header names has a contact card button: the sender ("Name<address>") and each recipient. */
const MESSAGE_PERSON = '[data-app-section="MailReadCompose"] [data-lpc-hover-target-id]';
const RECIPIENT_WELL = '[data-testid="RecipientWell"]';
/** A recipient as the editor holds it: an atomic entity inside the To, Cc or Bcc field. */
const COMPOSE_RECIPIENT = '[contenteditable="true"] ._EType_RECIPIENT_ENTITY';
/** The body editor of a message being written; its docked part of the reading pane holds the recipient fields too. */
const COMPOSE_EDITOR = '[id^="editorParent_"] > [role="textbox"][contenteditable="true"]';
const COMPOSE_PART = '[id^="docking_InitVisiblePart_"]';
/** The conversation selected in the list: the one a message written in the reading pane answers. */
const SELECTED_CONVERSATION = '[data-app-section="MessageList"] [role="option"][aria-selected="true"][data-convid]';

/** The address in "Name <address>", "Name<address>" or a bare address. */
const addressIn = (text: string | null | undefined) => asEmail(/<([^<>]+)>/.exec(text ?? '')?.[1] ?? text);
/** The name in "Name <address>", unless it is only the address again. */
function nameBefore(text: string | null | undefined, email: string): string | null {
  const name = text?.split('<')[0]!.replace(/\s+/g, ' ').trim() ?? '';
  return name && name.toLowerCase() !== email ? name : null;
}

/** Cc and Bcc say so in the field's label ("Cc:", "Bcc"), in every language Outlook has. */
const roleOfField = (label: string | null | undefined): FoundPerson['role'] => (/^\s*b?cc\b/i.test(label ?? '') ? 'cc' : 'to');

/** The signed-in account: the account manager's panel once opened, else the account rail's entry. */
function owner(doc: Document): string | null {
  return asEmail(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent)
    ?? asEmail(doc.querySelector('#LeftRail [role="menuitem"] [title*="@"]')?.getAttribute('title'));
}

function messagePerson(target: Element): FoundPerson | null {
  const text = target.textContent;
  const email = addressIn(text) ?? addressIn(target.getAttribute('aria-label'));
  if (!email) return null; // The avatar's button, or the user's own "You", which shows no address.
  const line = target.closest(`${RECIPIENT_WELL} [role="edit"]`);
  const name = nameBefore(text, email);
  return line
    ? { email, name, role: roleOfField(line.getAttribute('aria-label') ?? line.textContent), anchor: target.closest('._EType_RECIPIENT_ENTITY') ?? target }
    : { email, name, role: 'from', anchor: target };
}

function composeRecipient(entity: Element): FoundPerson | null {
  const label = entity.getAttribute('aria-label');
  const shown = entity.querySelector('[class*="textContainer"]')?.textContent ?? entity.textContent;
  const email = addressIn(label) ?? addressIn(shown);
  if (!email) return null; // A contact the editor shows by name alone.
  const field = entity.closest('[contenteditable="true"]');
  return { email, name: nameBefore(shown, email), role: roleOfField(field?.getAttribute('aria-label')), anchor: entity };
}

function compositions(doc: Document): Composition[] {
  const thread = doc.querySelector(SELECTED_CONVERSATION)?.getAttribute('data-convid') ?? null;
  return [...doc.querySelectorAll<HTMLElement>(COMPOSE_EDITOR)].flatMap((editor) => {
    const form = editor.closest(COMPOSE_PART);
    return form ? [{ editor, form, thread }] : [];
  });
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  matches: (location) => servesBuiltIn('outlook', location),
  anchors: {
    messageList: '[data-app-section="MessageList"]',
    listSender: LIST_SENDER,
    readingPane: '[data-app-section="MailReadCompose"] [data-app-section="ItemContainer"]',
    messagePeople: MESSAGE_PERSON,
    recipientWell: RECIPIENT_WELL,
    composeRecipients: COMPOSE_RECIPIENT,
    composeEditor: COMPOSE_EDITOR,
  },
  // List rows (their labels repeat the sender) and the header's people (shown as "Name<address>").
  covers: '[data-app-section="MessageList"] [role="option"], [data-lpc-hover-target-id]',
  owner,
  find(root) {
    const people: Array<FoundPerson | null> = [];
    for (const el of queryAll(root, LIST_SENDER)) {
      const email = asEmail(el.getAttribute('title'));
      if (email) people.push({ email, name: nameBefore(el.textContent, email), role: 'from', anchor: el, compact: true });
    }
    for (const el of queryAll(root, MESSAGE_PERSON)) if (!el.closest('[contenteditable="true"]')) people.push(messagePerson(el));
    for (const el of queryAll(root, COMPOSE_RECIPIENT)) people.push(composeRecipient(el));
    return people.filter((p): p is FoundPerson => p !== null);
  },
  compositions,
};
