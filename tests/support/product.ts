/**
 * The product as a user meets it: the API with its demo data on a temporary
 * database, and Chromium with the built extension, configured through its
 * own settings page. Other browsers' tests start the API alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve, type ServerType } from '@hono/node-server';
import { createRepositories } from '../../server/db/repositories';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';
import { siteOf } from '../../extension/site-access';
import { ensureTestExtensionBuild } from '../../scripts/lib/extension-build';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { copyDemoTemplate } from './demo-database';

/** The API with its demo data on a temporary database, a sales token, and `corsOrigins` allowed beside the Chrome extension's. */
export async function startDemoApi(options: { corsOrigins?: string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-e2e-'));
  copyDemoTemplate(join(dir, 'demo.db'));
  const api = await startServer(Env.parse({
    PORT: '0', DATABASE_URL: `file:${join(dir, 'demo.db')}`, SEGLENS_DEMO: '1', CORS_ORIGINS: (options.corsOrigins ?? []).join(','),
  }));
  const repos = createRepositories(api.db);
  const { token } = await repos.tokens.issue('e2e (sales)', 'sales');
  const port = Number(new URL(api.url).port);
  /** The API put back after stopApi(), on the same port and database. */
  let restarted: ServerType | null = null;
  const closeServer = (server: ServerType) => new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Browsers keep connections open: closed too, so the port refuses at once.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  return {
    api, repos, token,
    /** Takes the API off the network: its port refuses connections, as when it is down. Its database stays. */
    async stopApi() {
      await closeServer(restarted ?? api.server);
      restarted = null;
    },
    /** Puts the API back on its port, with the same database. */
    async restartApi() {
      restarted = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: api.app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
      });
    },
    /** Calls the API with `token` (the sales one unless told), as any client does. */
    async call(method: string, path: string, { body, as = token }: { body?: unknown; as?: string } = {}) {
      const res = await fetch(`${api.url}${path}`, {
        method, headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    /** What the API answers about `email`, as the extension asks it. */
    /** All the API says of `email`, as the extension asks when the person's card opens: their card, or that they are not known. */
    lookup: async (email: string) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const [found] = (await (await fetch(`${api.url}/v1/lookup`, { method: 'POST', headers, body: JSON.stringify({ emails: [email] }) })).json()).results;
      if (!found.known) return found;
      return { ...(await (await fetch(`${api.url}/v1/contacts/${found.contactId}/card`, { headers })).json()), email };
    },
    async close() {
      if (restarted) await closeServer(restarted);
      await api.close();
      api.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startProduct(options: { locale?: string } = {}) {
  const demo = await startDemoApi();
  const { api, token } = demo;
  // The tests' build: the host permissions a user grants site by site are granted at install (see extension-build.ts).
  const browser: ExtensionBrowser = await launchWithExtension(ensureTestExtensionBuild(), options);

  /** Fills in the settings page and tests the connection the way a user does, then saves; returns what the test said. */
  async function configure(settings: { serverUrl?: string; token?: string; language?: 'auto' | 'en' | 'fa' } = {}, { save = true } = {}) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByLabel(/Server URL|نشانی سرور/).fill(settings.serverUrl ?? api.url);
    await page.getByLabel(/API token|توکن/).fill(settings.token ?? token);
    await page.getByLabel(/Language|زبان/).selectOption(settings.language ?? 'auto');
    await page.getByRole('button', { name: /Test connection|آزمایش اتصال/ }).click();
    const tested = (await page.getByTestId('connection-result').textContent()) ?? '';
    if (save) {
      await page.getByRole('button', { name: /^(Save|ذخیره)$/ }).click();
      await page.getByText(/^(Saved\.|ذخیره شد\.)$/).waitFor();
    }
    await page.close();
    return tested;
  }

  /** Sends the background a request from an extension page, as the popup and the options page do. */
  async function askBackground<T>(request: { type: string } & Record<string, unknown>): Promise<T> {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      return await page.evaluate((r) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<T> } } }).chrome.runtime.sendMessage(r), request);
    } finally {
      await page.close();
    }
  }

  /**
   * Lets SegLens run on the site at `url` the way a user enables it: the
   * popup's message once the browser granted the site (the tests' build has
   * every host granted). Pages of the site opened from now on get badges.
   */
  async function enableSite(url: string) {
    const site = siteOf(url);
    if (!site) throw new Error(`SegLens cannot run on ${url}`);
    const { enabled } = await askBackground<{ enabled: boolean }>({ type: 'enable-site', patterns: site.patterns });
    if (!enabled) throw new Error(`the background did not enable ${site.name}`);
  }

  /** Turns SegLens off on the site at `url`, as the popup's and the options page's switch do. */
  async function disableSite(url: string) {
    await askBackground({ type: 'disable-site', patterns: siteOf(url)!.patterns });
  }

  /** Opens `html` at `url` with SegLens enabled on that site; nothing else is fetched. */
  async function openSite(url: string, html: string): Promise<Page> {
    await enableSite(url);
    const page = await browser.context.newPage();
    await page.route('**/*', (route) => route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort());
    await page.goto(url);
    return page;
  }

  async function openDemo(): Promise<Page> {
    await enableSite(api.url);
    const page = await browser.context.newPage();
    await page.goto(`${api.url}/demo`);
    return page;
  }

  /**
   * The popup, as the toolbar button opens it on `page`: in a tab of its own
   * here (headless Chromium shows no toolbar), told which tab it is about.
   * `init` runs in the popup before its own script.
   */
  async function openPopup(page: Page, { init }: { init?: () => void } = {}): Promise<Page> {
    await page.bringToFront();
    type Tabs = { tabs: { query(q: { active: true; lastFocusedWindow: true }): Promise<Array<{ id?: number }>> } };
    const tabId = await browser.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await browser.context.newPage();
    if (init) await popup.addInitScript(init);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  return {
    api, repos: demo.repos, token, browser, configure, enableSite, disableSite, openSite, openDemo, openPopup, askBackground,
    lookup: demo.lookup, call: demo.call, stopApi: demo.stopApi, restartApi: demo.restartApi,
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}
export type Product = Awaited<ReturnType<typeof startProduct>>;
