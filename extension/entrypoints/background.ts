import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { translator } from '../../shared/i18n';
import type { BadgeSummary, LookupResult } from '../../shared/schemas/lookup';
import { ApiError, changesSince, contactCard, createPerson, createTag, getApi, lookupEmails, patchApi, reportSiteLayout, setTag, testConnection } from '../background/api-client';
import { acceptedRequest } from '../background/accepted-requests';
import { createBadgeWatchers } from '../background/badge-watchers';
import { createChangeFeed } from '../background/change-feed';
import { createLookupBatcher } from '../background/lookup-batcher';
import { createOutbox, type PendingChange } from '../background/outbox';
import { changesTo, withPendingChanges } from '../background/pending-changes';
import { personProfile } from '../background/person-profile';
import { createSiteLayoutReporter } from '../background/site-layout-reporter';
import { createSiteRegistry } from '../background/site-registry';
import { listenForTagRequests, showTagMenu } from '../background/tag-menu';
import { createWorkspace } from '../background/workspace';
import { OPEN_PROFILE_COMMAND } from '../commands';
import { loadEnabledPatterns, onEnabledPatternsChanged } from '../enabled-sites';
import { BADGE_UPDATES_PORT, type BackgroundRequest, type Invalid, type LookupAnswer, type PersonAnswer, type ProfileAnswer, type ProfileUpdateAnswer, type Refusal, type TimelineAnswer } from '../messages';
import { setPersonInFocus } from '../person-in-focus';
import { loadSettings, onSettingsChanged, resolveLocale, type Settings } from '../settings';
import { openSidePanel } from '../side-panel';
import { asEmail } from '../sites/site-adapter';
import { hostOf } from '../site-access';

/** The outbox's wake-up when the service worker slept through a retry's time (Chrome fires alarms 30 s apart at the most often). */
const OUTBOX_ALARM = 'seglens-outbox';

/** Whether a message comes from a content script in a tab's page, not from one of the extension's own pages (which open the panel themselves). */
const fromPage = (sender: Browser.runtime.MessageSender) => sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'));

/** Timeline entries the side panel gets a page at a time. */
const TIMELINE_PAGE = 25;

export default defineBackground(() => {
  let settings: Promise<Settings> = loadSettings();
  const batcher = createLookupBatcher(async (emails) => {
    const { results } = await lookupEmails(await settings, emails);
    // The API answers again: changes that waited for it go now.
    void outbox.retryNow().catch(() => undefined);
    return results;
  });
  const workspace = createWorkspace(() => settings);

  /** The tabs showing people, told whose badges changed; the change feed runs while there are any. */
  const watchers = createBadgeWatchers({ first: () => feed.start(), none: () => feed.stop() });
  const feed = createChangeFeed({
    fetch: async (since) => changesSince(await settings, since),
    server: async () => (await settings).serverUrl,
    onChanged: (update) => {
      if ('everything' in update) batcher.clear();
      else batcher.forget(update.emails);
      watchers.tell(update);
    },
    onReached: () => void outbox.retryNow().catch(() => undefined),
  });

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const outbox = createOutbox({
    send: sendChange,
    wakeAt: (at) => {
      clearTimeout(retryTimer);
      if (at === null) return void browser.alarms.clear(OUTBOX_ALARM);
      retryTimer = setTimeout(() => void outbox.flush(), Math.max(0, at - Date.now()));
      void browser.alarms.create(OUTBOX_ALARM, { when: at });
    },
    // Applied: what the API now says is asked for again. Refused: the change no longer shows.
    onSettled: ({ email }) => {
      batcher.forget([email]);
      watchers.tell({ emails: [email] });
    },
  });
  browser.alarms.onAlarm.addListener(({ name }) => { if (name === OUTBOX_ALARM) void outbox.flush(); });
  // Whatever waited while the service worker slept.
  void outbox.flush().catch((error: unknown) => console.error('SegLens outbox', error));

  async function sendChange(change: PendingChange, key: string) {
    const s = await settings;
    if (change.kind === 'person') {
      // Added meanwhile by someone else: the person is there, which is what was asked.
      await createPerson(s, { email: change.email, name: change.name }, key).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      });
      return;
    }
    // Asked now, not from the cache: a person added from this outbox a moment ago has an id only now.
    const [person] = (await lookupEmails(s, [change.email])).results;
    if (!person?.known) throw new ApiError('refused', s.serverUrl, 404);
    // A key of its own: the API refuses one key on two different requests.
    if (change.on && change.create) {
      await createTag(s, { slug: change.slug, label: change.label }, `${key}.new-tag`);
      await workspace.forget();
    }
    await setTag(s, { contactId: person.contactId, slug: change.slug, on: change.on, sourceHost: change.sourceHost }, key);
  }

  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    batcher.clear();
    void updateMenu();
    void outbox.retryNow().catch(() => undefined);
  });
  const sites = createSiteRegistry();
  const layoutReports = createSiteLayoutReporter({
    version: browser.runtime.getManifest().version,
    send: async (report) => reportSiteLayout(await settings, report),
  });
  void sites.sync();
  // Firefox closes the popup while it asks for a permission, before the popup can say so: the grant itself enables the site.
  browser.permissions.onAdded.addListener(({ origins = [] }) => void sites.enable(origins));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => void sites.revoked(origins));

  async function updateMenu() {
    const [s, patterns, known] = await Promise.all([settings, loadEnabledPatterns(), workspace.get().catch(() => null)]);
    const t = translator(resolveLocale(s.language));
    // Before the role is known (the API away at first), the menu is offered: a viewer's card has no tag controls anyway.
    await showTagMenu({ title: t('menu.tagPerson'), patterns, mayTag: !known?.ok || known.may.tag });
  }
  onEnabledPatternsChanged(() => void updateMenu());
  void updateMenu();
  listenForTagRequests();

  /** What SegLens knows of these people, with the changes made from here that wait to be applied. */
  async function lookup(emails: string[], { newPage = false } = {}): Promise<BadgeSummary[]> {
    await feed.fresh(newPage ? 0 : undefined);
    const [results, entries] = await Promise.all([batcher.lookup(emails), outbox.entries()]);
    return entries.length === 0 ? results : results.map((result) => withPendingChanges(result, entries));
  }

  /** The person's card from the API; while the API cannot be reached, what their badge shows (their tags can still be changed). */
  async function wholeCard(summary: Extract<BadgeSummary, { known: true }>): Promise<LookupResult | BadgeSummary> {
    try {
      return { ...(await contactCard(await settings, summary.contactId)), email: summary.email };
    } catch (error) {
      if (error instanceof ApiError && (error.problem === 'unreachable' || error.problem === 'serverError')) return summary;
      throw error;
    }
  }

  async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (request.type) {
      case 'lookup': {
        // Only normalised addresses go to the API: never a name or other text from the page.
        const emails = request.emails.filter((email) => asEmail(email) === email);
        return answering(async () => ({ ok: true, results: await lookup(emails, { newPage: request.newPage }) }) satisfies LookupAnswer);
      }
      case 'person': {
        const email = asEmail(request.email);
        // A card opening: its person is the one the side panel and the shortcut are about.
        if (email) void setPersonInFocus(email);
        // Asked when a card opens: who they are comes from what the batcher remembers of the page's lookup, their card from the API.
        return answering(async () => {
          const [summary] = await lookup(email ? [email] : []);
          const entries = await outbox.entries();
          const result: LookupResult | BadgeSummary = summary?.known
            ? withPendingChanges(await wholeCard(summary), entries)
            : summary ?? { email: request.email, known: false };
          return { ok: true, result, changes: changesTo(request.email, entries) } satisfies PersonAnswer;
        });
      }
      case 'workspace':
        return workspace.get();
      case 'change': {
        const email = asEmail(request.change.email);
        if (!email) return { queued: false };
        // The host of the page it was made on, as the API records it: never more of its address.
        const sourceHost = sender.tab ? hostOf(sender.url) : request.sourceHost ?? null;
        await outbox.add({ ...request.change, email, sourceHost });
        // Shown at once in every tab, over what the API said last (kept, should the API be away).
        watchers.tell({ emails: [email] });
        return { queued: true };
      }
      case 'outbox':
        return outbox.entries();
      case 'dismiss-change': {
        const gone = await outbox.dismiss(request.id);
        if (gone) watchers.tell({ emails: [gone.change.email] });
        return { dismissed: gone !== undefined };
      }
      case 'test-connection': {
        // A new address comes with the token typed beside it (accepted-requests.ts): the saved token goes to the saved address only.
        const saved = await settings;
        return testConnection(request.serverUrl === undefined ? saved : { serverUrl: request.serverUrl, token: request.token ?? '' });
      }
      case 'site-layout-changed': {
        const { serverUrl, token } = await settings;
        // Without an API to tell, nothing counts as reported: the site's pages report it once there is one.
        if (!serverUrl || !token) return { reported: false };
        return { reported: await layoutReports.report(request.health) };
      }
      case 'open-profile': {
        const email = asEmail(request.email);
        if (!email) return { opened: false };
        const focusing = setPersonInFocus(email);
        // Before anything is awaited: the click on the card's button is the user action Chrome asks for.
        const opened = fromPage(sender) ? openSidePanel(sender.tab!.windowId) : Promise.resolve(false);
        await focusing;
        return { opened: await opened };
      }
      case 'profile': {
        const email = asEmail(request.email);
        return answering(async () => ({ ok: true, profile: email ? await personProfile(await settings, email) : null }) satisfies ProfileAnswer);
      }
      case 'timeline': {
        const where = { params: { id: request.contactId }, query: { cursor: request.cursor ?? undefined, limit: TIMELINE_PAGE } };
        return answering(async () => ({ ok: true, page: await getApi(await settings, '/v1/contacts/{id}/timeline', where) }) satisfies TimelineAnswer);
      }
      case 'update-profile':
        return answering(async (): Promise<ProfileUpdateAnswer> => {
          try {
            const contact = await patchApi(await settings, '/v1/contacts/{id}', { params: { id: request.contactId } }, request.changes);
            // The person's figures were recomputed: the cards must not show the old ones.
            batcher.clear();
            return { ok: true, contact };
          } catch (error) {
            // A 400 or 409 names the fields: the panel shows each reason beside its field.
            if (!(error instanceof ApiError) || !error.details?.errors?.length) throw error;
            return { ok: false, invalid: { detail: error.details.detail ?? '', errors: error.details.errors } } satisfies Invalid;
          }
        });
      case 'enable-site':
        return { enabled: await sites.enable(request.patterns) };
      case 'disable-site':
        await sites.disable(request.patterns);
        return { enabled: false };
    }
  }

  /** An answer, or why the API could not give it. */
  async function answering<T>(ask: () => Promise<T>): Promise<T | Refusal> {
    try {
      return await ask();
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, problem: error.problem, url: error.url, status: error.status };
      throw error;
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = acceptedRequest(message, sender, browser.runtime.getURL('/'));
    if (!request) {
      // Answered, so that nothing waits on it: a refusal, as when the API refuses.
      console.warn('SegLens background: a message refused', sender.url);
      sendResponse({ ok: false, problem: 'refused' });
      return false;
    }
    handle(request, sender).then(sendResponse, (error: unknown) => {
      console.error('SegLens background', error);
      sendResponse({ ok: false, problem: 'serverError' });
    });
    return true;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === BADGE_UPDATES_PORT) watchers.add(port);
  });

  // The shortcut: a user action, so the panel may open, on the person in focus.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PROFILE_COMMAND) void openSidePanel(tab?.windowId);
  });

  // A fresh install has no token yet: the settings page is the first thing to see.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && !(await loadSettings()).token) await browser.runtime.openOptionsPage();
  });
});
