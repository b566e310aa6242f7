import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiError, getApi, lookupEmails, patchApi, reportSiteLayout, testConnection } from '../background/api-client';
import { createLookupBatcher } from '../background/lookup-batcher';
import { personProfile } from '../background/person-profile';
import { createSiteLayoutReporter } from '../background/site-layout-reporter';
import { createSiteRegistry } from '../background/site-registry';
import { OPEN_PROFILE_COMMAND } from '../commands';
import { badgeSummary } from '../../shared/schemas/lookup';
import type { BackgroundRequest, Invalid, LookupAnswer, PersonAnswer, ProfileAnswer, ProfileUpdateAnswer, Refusal, TimelineAnswer } from '../messages';
import { setPersonInFocus } from '../person-in-focus';
import { loadSettings, onSettingsChanged, type Settings } from '../settings';
import { openSidePanel } from '../side-panel';
import { asEmail } from '../sites/site-adapter';

/** Whether a message comes from a content script in a tab's page, not from one of the extension's own pages (which open the panel themselves). */
const fromPage = (sender: Browser.runtime.MessageSender) => sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'));

/** Timeline entries the side panel gets a page at a time. */
const TIMELINE_PAGE = 25;

export default defineBackground(() => {
  let settings: Promise<Settings> = loadSettings();
  const batcher = createLookupBatcher(async (emails) => (await lookupEmails(await settings, emails)).results);
  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    batcher.clear();
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

  async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (request.type) {
      case 'lookup': {
        // Only normalised addresses go to the API: never a name or other text from the page.
        const emails = request.emails.filter((email) => asEmail(email) === email);
        return answering(async () => ({ ok: true, results: (await batcher.lookup(emails)).map(badgeSummary) }) satisfies LookupAnswer);
      }
      case 'person': {
        const email = asEmail(request.email);
        // A card opening: its person is the one the side panel and the shortcut are about.
        if (email) void setPersonInFocus(email);
        // Asked when a card opens: the page's lookup has just been answered, so this comes from what the batcher remembers.
        return answering(async () => ({ ok: true, result: (await batcher.lookup(email ? [email] : []))[0] ?? { email: request.email, known: false } }) satisfies PersonAnswer);
      }
      case 'test-connection': {
        const saved = await settings;
        return testConnection({ serverUrl: request.serverUrl ?? saved.serverUrl, token: request.token ?? saved.token });
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

  browser.runtime.onMessage.addListener((message: BackgroundRequest, sender, sendResponse) => {
    handle(message, sender).then(sendResponse, (error: unknown) => {
      console.error('SegLens background', error);
      sendResponse({ ok: false, problem: 'serverError' });
    });
    return true;
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
