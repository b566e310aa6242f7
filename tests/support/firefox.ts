/**
 * Starts the tests' Firefox (Debian's firefox-esr) over WebDriver BiDi, on a
 * fresh profile, with the Firefox build installed as a temporary add-on (no
 * signature needed), as a user loads it from about:debugging.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/lib/firefox-path';
import { siteOf } from '../../extension/site-access';
import { GECKO_EXTENSION_ID } from '../../shared/extension-id';

/**
 * Firefox gives each install an origin of its own, moz-extension://<uuid>;
 * the tests fix the UUID so the API can allow that origin through CORS
 * before the add-on is installed.
 */
const EXTENSION_UUID = '5e91c6a4-2f0b-4d7e-9c3a-8b1d6f2e4a70';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type FirefoxWithExtension = {
  browser: Browser;
  /** The settings page the add-on opens by itself on a fresh install. */
  settings: Page;
  /** Enables the site of `url` as the popup's "Show SegLens on this site" does. */
  enableSite: (url: string) => Promise<void>;
  close: () => Promise<void>;
};

/** `localHosts` resolve to this machine, so the tests' own server can stand for those sites. */
export async function launchFirefoxWithExtension(extensionDir: string, options: { localHosts: string[] }): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install Debian\'s firefox-esr package (npm test does this where it can).');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_EXTENSION_ID]: EXTENSION_UUID }),
      // No one can answer a permission prompt in headless Firefox: a request made from a click is granted as if the user allowed it.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': options.localHosts.join(','),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const settings = await addOnPage(browser, 'options.html');
    await settings.waitForFunction(() => document.querySelector('#server-url'));

    async function enableSite(url: string) {
      const site = siteOf(url);
      if (!site) throw new Error(`SegLens cannot run on ${url}`);
      // The popup's button asks for the site's patterns from its click (ui/site-switch.ts); Firefox then
      // closes the popup before it can tell the background, so the grant itself enables the site (the
      // background's permissions.onAdded). The same request is made here from a real click on the
      // add-on's own page: headless Firefox has no toolbar to open the popup from, and a popup opened in
      // a tab cannot read the page's address (activeTab comes with the toolbar click alone).
      await settings.evaluate((patterns) => {
        const ext = (globalThis as unknown as { browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).browser;
        const button = document.createElement('button');
        button.id = 'enable-site';
        button.textContent = 'Show SegLens on this site';
        button.addEventListener('click', () => void ext.permissions.request({ origins: patterns }).finally(() => button.remove()), { once: true });
        document.body.prepend(button);
      }, site.patterns);
      await settings.click('#enable-site');
      // The settings page lists the site as on, with its switch to turn it off.
      await settings.waitForSelector(`xpath///li[.//*[text()="${site.patterns.join(' ')}"]]//button[text()="Turn off"]`, { timeout: 10_000 });
    }

    return { browser, settings, enableSite, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The add-on's page at `path` in an open tab (the settings page opens by
 * itself on install, since there is no token yet). WebDriver BiDi may not
 * navigate a tab to a moz-extension:// page, so the add-on opens its pages
 * itself; Puppeteer does not follow a tab to one either, so each tab's address
 * is read from the page inside.
 */
export async function addOnPage(browser: Browser, path: string): Promise<Page> {
  const wanted = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
  for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    for (const page of await browser.pages()) {
      if (await page.evaluate(() => location.href).catch(() => '') === wanted) return page;
    }
  }
  throw new Error(`the add-on opened no ${path}`);
}
