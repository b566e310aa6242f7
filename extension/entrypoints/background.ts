import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiError, lookupEmails, testConnection } from '../background/api-client';
import { createLookupBatcher } from '../background/lookup-batcher';
import { createSiteRegistry } from '../background/site-registry';
import type { BackgroundRequest, LookupAnswer } from '../messages';
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
  void sites.sync();
  // Firefox closes the popup while it asks for a permission, before the popup can say so: the grant itself enables the site.
  browser.permissions.onAdded.addListener(({ origins = [] }) => void sites.enable(origins));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => void sites.revoked(origins));

  async function handle(request: BackgroundRequest): Promise<unknown> {
    switch (request.type) {
      case 'lookup':
        try {
          // Only normalised addresses go to the API: never a name or other text from the page.
          const emails = request.emails.filter((email) => asEmail(email) === email);
          return { ok: true, results: await batcher.lookup(emails) } satisfies LookupAnswer;
        } catch (error) {
          if (error instanceof ApiError) return { ok: false, problem: error.problem, url: error.url, status: error.status } satisfies LookupAnswer;
          throw error;
        }
      case 'test-connection': {
        const saved = await settings;
        return testConnection({ serverUrl: request.serverUrl ?? saved.serverUrl, token: request.token ?? saved.token });
      }
      case 'enable-site':
        return { enabled: await sites.enable(request.patterns) };
      case 'disable-site':
        await sites.disable(request.patterns);
        return { enabled: false };
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
