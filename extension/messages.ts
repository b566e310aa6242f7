/**
 * Messages between the extension's parts. Content scripts and pages never call
 * the API themselves: they ask the background, which holds the token.
 */
import { browser } from 'wxt/browser';
import type { Contact, ContactUpdate } from '../shared/schemas/contact';
import type { BadgeSummary, LookupResult } from '../shared/schemas/lookup';
import type { Role } from '../shared/schemas/enums';
import type { TimelinePage } from '../shared/schemas/timeline';
import type { PersonProfile } from './background/person-profile';
import type { SiteHealth } from './sites/site-health';
import type { OutboxEntry, PendingChange } from './background/outbox';

/** Why the API could not be used, in terms the options page can explain. */
export type ConnectionProblem = 'notConfigured' | 'badUrl' | 'unreachable' | 'unauthorized' | 'forbidden' | 'notSeglens' | 'refused' | 'serverError';

export type ConnectionStatus =
  | { ok: true; name: string; role: Role }
  | { ok: false; problem: ConnectionProblem; url?: string; status?: number };

export type Refusal = { ok: false; problem: ConnectionProblem; url?: string; status?: number };
/** What the badges of these people show. */
export type LookupAnswer = { ok: true; results: BadgeSummary[] } | Refusal;
/**
 * All SegLens knows of one person, for their card — or, while the API cannot be reached, what their badge
 * shows — with the changes made to them from here that wait to be applied or were refused.
 */
export type PersonAnswer = { ok: true; result: LookupResult | BadgeSummary; changes: OutboxEntry[] } | Refusal;

/** A workspace tag as the cards and the popup offer it. */
export type TagChoice = { slug: string; label: string };
/** What the user's role lets them do from the extension (a viewer gets no tag or edit controls at all), and the tags to offer. */
export type WorkspaceAnswer = { ok: true; may: { tag: boolean; addPeople: boolean }; tags: TagChoice[] } | Refusal;
/** A change from a card or the popup, before it is given its key, its page's host and a place in the outbox. */
export type ChangeRequest = PendingChange extends infer C ? C extends PendingChange ? Omit<C, 'sourceHost'> : never : never;

/** Everything the side panel shows of a person; null when SegLens does not know them. */
export type ProfileAnswer = { ok: true; profile: PersonProfile | null } | Refusal;
export type TimelineAnswer = { ok: true; page: TimelinePage } | Refusal;
/** A change the API refused, with its reason for each field it names. */
export type Invalid = { ok: false; invalid: { detail: string; errors: Array<{ field: string; message: string }> } };
export type ProfileUpdateAnswer = { ok: true; contact: Contact } | Invalid | Refusal;

/** A person the content script found, as the popup lists them. */
export type PagePerson = { email: string; name: string | null; result: BadgeSummary | null };

export type BackgroundRequest =
  /** `newPage`: the page's first question, from a page just loaded (a reload shows what changed meanwhile). */
  | { type: 'lookup'; emails: string[]; newPage?: boolean }
  | { type: 'person'; email: string }
  | { type: 'workspace' }
  /** A tag added or removed, or a person added: kept in the outbox, shown at once in every tab, sent when the API can take it. */
  | { type: 'change'; change: ChangeRequest; /** The popup's tab's host; a content script's is its page's. */ sourceHost?: string | null }
  /** The changes waiting in the outbox or refused (the popup). */
  | { type: 'outbox' }
  /** The user read a refused change. */
  | { type: 'dismiss-change'; id: string }
  | { type: 'test-connection'; serverUrl?: string; token?: string }
  /** From a site's page (its top frame) whose adapter's anchors are all missing. */
  | { type: 'site-layout-changed'; health: SiteHealth }
  /** Sent once the user granted the site's host permission (the popup, the options page). */
  | { type: 'enable-site'; patterns: string[] }
  | { type: 'disable-site'; patterns: string[] }
  /**
   * From a card's button or the popup: make this person the one in focus and
   * open the side panel on them. The background opens it for a page's card
   * (the popup opens it itself, from the click).
   */
  | { type: 'open-profile'; email: string }
  /** From the side panel. */
  | { type: 'profile'; email: string }
  | { type: 'timeline'; contactId: number; cursor: string | null }
  | { type: 'update-profile'; contactId: number; changes: ContactUpdate };

export type BackgroundResponse<T extends BackgroundRequest['type']> =
  T extends 'lookup' ? LookupAnswer
  : T extends 'person' ? PersonAnswer
  : T extends 'workspace' ? WorkspaceAnswer
  : T extends 'change' ? { queued: boolean }
  : T extends 'outbox' ? OutboxEntry[]
  : T extends 'dismiss-change' ? { dismissed: boolean }
  : T extends 'enable-site' ? { enabled: boolean }
  : T extends 'disable-site' ? { enabled: false }
  /** Whether the panel opened: the browser may open it only during a user action. */
  : T extends 'open-profile' ? { opened: boolean }
  : T extends 'profile' ? ProfileAnswer
  : T extends 'timeline' ? TimelineAnswer
  : T extends 'update-profile' ? ProfileUpdateAnswer
  /** Whether the API was told now: false when it already was today, or has no token yet. */
  : T extends 'site-layout-changed' ? { reported: boolean }
  : ConnectionStatus;

/**
 * The popup opens a port of this name to a tab: the content script of every
 * frame (the page, its preview pane) answers on it with what it found there.
 */
export const PAGE_PEOPLE_PORT = 'page-people';
export type PagePeopleAnswer = { site: string; topFrame: boolean; people: PagePerson[]; health: SiteHealth | null };

/**
 * Each content script showing people keeps a port of this name open to the
 * background, which tells it on the port whose badges changed (a change made
 * here, or elsewhere as the change cursor says): it asks again about them.
 */
export const BADGE_UPDATES_PORT = 'badge-updates';
export type BadgeUpdate = { emails: string[] } | { everything: true };

/** The background's request to a tab (the context menu, the shortcut): open the tag editor on a person's card. */
export type TabRequest = { type: 'tag-person'; from: 'menu' | 'shortcut'; email: string | null };

export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  return browser.runtime.sendMessage(request);
}
