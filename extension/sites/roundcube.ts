/**
 * Roundcube webmail (1.5, 1.6; skins elastic and larry): the people of each
 * message list row in every folder and in threads mode, the sender and
 * recipients of a message shown full or in the preview pane (a same-origin
 * frame), and the recipients of a message being written (elastic's recipient
 * pills; larry writes them in a plain field) and its editor. Roundcube is self-hosted at any
 * address, so it is known by its markup, not by its host. Its server renders
 * every person as `.rcmContactAddress` with the address in `title`; the
 * selectors come from its templates and live pages (see
 * tests/fixtures/roundcube/README.md).
 */
import { asEmail, queryAll, type Composition, type FoundPerson, type SiteAdapter } from './site-adapter';

/** Every Roundcube page, the login page and framed ones included, runs Roundcube's app.js (`app.min.js` when built). */
const ROUNDCUBE_APP = 'script[src*="program/js/app."]';
/** A row's sender, or its recipients in Sent and Drafts. */
const LIST_PERSON = '#messagelist tr[id^="rcmrow"] span.adr > .rcmContactAddress[title]';
/** A message's header: elastic's `#message-header`, larry's `#messageheader`. */
const MESSAGE_HEADER = ':is(#message-header, #messageheader)';
/** The header's summary line (From) and its details table (From, To, Cc, Reply-To…), each cell classed by header. */
const MESSAGE_PERSON = `${MESSAGE_HEADER} span.adr > a.rcmContactAddress[title]`;
/** A recipient "pill" of the compose form's recipient input. Its address part is hidden (0 px wide). */
const RECIPIENT = 'ul.recipient-input > li.recipient';
/** The compose form's body: a plain text area, or hidden before the HTML editor that replaces it. */
const COMPOSE_EDITOR = 'form textarea#composebody';
/** Elastic's box around the body, whose own toolbar (the HTML switch) is drawn over the top of the text area. */
const COMPOSE_EDITOR_BOX = '#composebodycontainer';
/** The account name (elastic: the folder list's header; larry: the top line): the user's address, as Roundcube names the identity. */
const ACCOUNT = '#layout-sidebar .header-title.username, #topline .username';

/** Folders whose list shows recipients (the To column) instead of senders. */
const RECIPIENT_FOLDERS = '#mailboxlist li.mailbox.selected:is(.sent, .drafts)';

const HEADER_ROLES: Record<string, FoundPerson['role']> = { from: 'from', replyto: 'from', to: 'to', cc: 'cc', bcc: 'cc' };

/** The address in "Name <address>", or the text itself when it is a bare address. */
const addressIn = (text: string | null | undefined) => asEmail(/<([^<>]+)>\s*$/.exec(text ?? '')?.[1] ?? text);

/** What Roundcube shows for a person, unless it is only the address again. */
function shownName(el: Element, email: string): string | null {
  const name = el.textContent?.trim() ?? '';
  return name && name.toLowerCase() !== email ? name : null;
}

/**
 * The signed-in user: the account shown in the folder list, the identity
 * chosen in the compose form, or else the login Roundcube passes its own
 * script (`"username":"…"`, an address on most servers): the one sign of
 * the user in a message's page, framed or full.
 */
function owner(doc: Document): string | null {
  const shown = asEmail(doc.querySelector(ACCOUNT)?.textContent)
    ?? addressIn(doc.querySelector<HTMLSelectElement>('select#_from')?.selectedOptions[0]?.textContent);
  return shown ?? asEmail(pageSetting(doc, 'username'));
}

/** A text setting Roundcube passes its own script in the page (`rcmail.set_env({"name":"…"})`). */
function pageSetting(doc: Document, name: string): string | null {
  // A JSON string: escapes and all (Roundcube writes < and > as \u003C and \u003E).
  const pattern = new RegExp(`"${name}":("(?:[^"\\\\]|\\\\.)+")`);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const value = pattern.exec(script.textContent ?? '')?.[1];
    if (value) return JSON.parse(value) as string;
  }
  return null;
}

/**
 * The message being written: a reply belongs to the message it answers (its
 * Message-ID), a new message to its compose session, which a reload keeps.
 */
function compositions(doc: Document): Composition[] {
  const body = doc.querySelector<HTMLElement>(COMPOSE_EDITOR);
  if (!body) return [];
  const editor = body.closest<HTMLElement>(COMPOSE_EDITOR_BOX) ?? body;
  return [{ editor, form: body.closest('form')!, thread: pageSetting(doc, 'reply_msgid') ?? pageSetting(doc, 'compose_id') }];
}

function headerRole(el: Element): FoundPerson['role'] {
  const cell = el.closest('td.header');
  // The summary line names the sender only. (Larry's preview of a Sent or Drafts message puts the recipients in its
  // short header's `from` cell: they are read as senders there.)
  if (!cell) return 'from';
  return [...cell.classList].map((c) => HEADER_ROLES[c]).find(Boolean) ?? 'to';
}

function recipient(pill: Element): FoundPerson | null {
  const shown = pill.querySelector('span.name');
  // The pill's title is "Name <address>"; a bare address has no title and shows itself as the name.
  const email = addressIn(pill.getAttribute('title') ?? shown?.textContent);
  if (!email) return null;
  const field = pill.closest('[id^="compose_"]')?.id;
  return { email, name: shown && shownName(shown, email), role: field === 'compose_cc' || field === 'compose_bcc' ? 'cc' : 'to', anchor: pill };
}

export const roundcube: SiteAdapter = {
  id: 'roundcube',
  matches: (_location, doc) => doc?.querySelector(ROUNDCUBE_APP) != null,
  anchors: {
    messageList: '#messagelist',
    listPeople: LIST_PERSON,
    messageHeader: MESSAGE_HEADER,
    messagePeople: MESSAGE_PERSON,
    composeRecipients: 'ul.recipient-input',
    composeEditor: COMPOSE_EDITOR,
    account: ACCOUNT,
  },
  // Its mail pages (list, message, preview, compose); the login, settings and contacts pages show none of the anchors.
  checkedPaths: /[?&]_task=mail\b/,
  // List rows (a bare address is the row's text) and message headers; the bodies are the generic adapter's.
  covers: `#messagelist, ${MESSAGE_HEADER}, ul.recipient-input`,
  owner,
  find(root) {
    const people: FoundPerson[] = [];
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const listRole = doc.querySelector(RECIPIENT_FOLDERS) ? 'to' : 'from';
    for (const el of queryAll(root, LIST_PERSON)) {
      const email = asEmail(el.getAttribute('title'));
      if (email) people.push({ email, name: shownName(el, email), role: listRole, anchor: el, compact: true });
    }
    for (const el of queryAll(root, MESSAGE_PERSON)) {
      const email = asEmail(el.getAttribute('title'));
      if (email) people.push({ email, name: shownName(el, email), role: headerRole(el), anchor: el });
    }
    for (const pill of queryAll(root, RECIPIENT)) {
      const person = recipient(pill);
      if (person) people.push(person);
    }
    return people;
  },
  compositions,
};
