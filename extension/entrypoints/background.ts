import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiError, lookupEmails, testConnection } from '../background/api-client';
import { createLookupBatcher } from '../background/lookup-batcher';
import type { BackgroundRequest, LookupAnswer } from '../messages';
import { loadSettings, onSettingsChanged, type Settings } from '../settings';

export default defineBackground(() => {
  let settings: Promise<Settings> = loadSettings();
  const batcher = createLookupBatcher(async (emails) => (await lookupEmails(await settings, emails)).results);
  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    batcher.clear();
  });

  async function handle(request: BackgroundRequest): Promise<unknown> {
    switch (request.type) {
      case 'lookup':
        try {
          return { ok: true, results: await batcher.lookup(request.emails) } satisfies LookupAnswer;
        } catch (error) {
          if (error instanceof ApiError) return { ok: false, problem: error.problem, url: error.url, status: error.status } satisfies LookupAnswer;
          throw error;
        }
      case 'test-connection': {
        const saved = await settings;
        return testConnection({ serverUrl: request.serverUrl ?? saved.serverUrl, token: request.token ?? saved.token });
      }
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
