import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiError, lookupEmails, reportSiteLayout, testConnection } from '../background/api-client';
import { createLookupBatcher } from '../background/lookup-batcher';
import { createSiteLayoutReporter } from '../background/site-layout-reporter';
import { createSiteRegistry } from '../background/site-registry';
import { badgeSummary } from '../../shared/schemas/lookup';
import type { BackgroundRequest, LookupAnswer, PersonAnswer, Refusal } from '../messages';
import { loadSettings, onSettingsChanged, type Settings } from '../settings';
import { asEmail } from '../sites/site-adapter';

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

  async function handle(request: BackgroundRequest): Promise<unknown> {
    switch (request.type) {
      case 'lookup': {
        // Only normalised addresses go to the API: never a name or other text from the page.
        const emails = request.emails.filter((email) => asEmail(email) === email);
        return answering(async () => ({ ok: true, results: (await batcher.lookup(emails)).map(badgeSummary) }) satisfies LookupAnswer);
      }
      case 'person': {
        const email = asEmail(request.email);
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

  browser.runtime.onMessage.addListener((message: BackgroundRequest, _sender, sendResponse) => {
    handle(message).then(sendResponse, (error: unknown) => {
      console.error('SegLens background', error);
      sendResponse({ ok: false, problem: 'serverError' });
    });
    return true;
  });

  // A fresh install has no token yet: the settings page is the first thing to see.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && !(await loadSettings()).token) await browser.runtime.openOptionsPage();
  });
});
