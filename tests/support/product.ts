/**
 * The product as a user meets it: the API with its demo data on a temporary
 * database, and Chromium with the built extension, configured through its
 * own settings page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createRepositories } from '../../server/db/repositories';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';
import { CHROME_BUILD } from '../../scripts/lib/extension-build';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

export async function startProduct(options: { locale?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-e2e-'));
  const api = await startServer(Env.parse({ PORT: '0', DATABASE_URL: `file:${join(dir, 'demo.db')}`, SEGLENS_DEMO: '1' }));
  const repos = createRepositories(api.db);
  const { token } = await repos.tokens.issue('e2e (sales)', 'sales');
  const browser: ExtensionBrowser = await launchWithExtension(CHROME_BUILD, options);

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

  /**
   * Lets SegLens run on the site at `url` the way a user enables it. Every
   * test calls it before it opens a site's page. (For now the content script
   * runs on every site; enabling a site per origin comes with least privilege.)
   */
  async function enableSite(url: string) {
    void url;
  }

  async function openDemo(): Promise<Page> {
    await enableSite(api.url);
    const page = await browser.context.newPage();
    await page.goto(`${api.url}/demo`);
    return page;
  }

  return {
    api, repos, token, browser, configure, enableSite, openDemo,
    lookup: async (email: string) => {
      const res = await fetch(`${api.url}/v1/lookup`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ emails: [email] }) });
      return (await res.json()).results[0];
    },
    async close() {
      await browser.close();
      await api.close();
      api.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type Product = Awaited<ReturnType<typeof startProduct>>;
