/**
 * SegLens runs only where the user enabled it. The shipped build asks for no
 * site at install; a site is enabled from the popup (an optional host
 * permission, then the content script registered for that origin, in all its
 * frames) and turned off the same way. The user's own addresses are never
 * badged nor looked up.
 *
 * Headless Chromium cannot answer a permission prompt, so these tests run the
 * tests' build, whose hosts are granted at install: the popup's request then
 * resolves at once, and everything after it is the product's own path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONAL_HOST_PATTERNS } from '../../extension/site-access';
import { CHROME_BUILD, CHROME_TEST_BUILD, ensureExtensionBuild } from '../../scripts/lib/extension-build';
import { launchWithExtension } from '../support/chromium';
import { drawnBadges, settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

const SITE = 'http://people.seglens.test';
const CONTROL = 'http://control.seglens.test';
const ELSEWHERE = 'http://elsewhere.seglens.test';
/** The user's own, as the settings list them: the team's domain and an address. */
const OWN = ['ourteam.example', 'My.Own@Example.org'];

/** A page with people in it, in a same-origin preview frame, in a srcdoc frame, and in a frame of another (not enabled) site. */
const PAGES: Record<string, string> = {
  [`${SITE}/`]: `<!doctype html><meta charset="utf-8"><title>Team</title>
    <p>Write to <a href="mailto:sara.rezaei@example.com">Sara Rezaei</a>, to our colleague <a href="mailto:reza@ourteam.example">Reza</a>,
    or to me at my.own@example.org.</p>
    <iframe id="preview" src="/preview"></iframe>
    <iframe id="inline" srcdoc="<p>Also <a href='mailto:ali.karimi@example.com'>Ali Karimi</a></p>"></iframe>
    <iframe id="elsewhere" src="${ELSEWHERE}/"></iframe>`,
  [`${SITE}/preview`]: `<!doctype html><meta charset="utf-8">
    <p>From <a href="mailto:james.whitfield@example.com">James Whitfield</a>
    to <a href="mailto:olivia.bennett@example.org">Olivia Bennett</a>, cc reza@ourteam.example</p>`,
  [`${ELSEWHERE}/`]: '<!doctype html><meta charset="utf-8"><p><a href="mailto:emma.clarke@example.net">Emma Clarke</a></p>',
  [`${CONTROL}/`]: '<!doctype html><meta charset="utf-8"><p><a href="mailto:niloofar.ahmadi@sepehr-distribution.example.com">Niloofar Ahmadi</a></p>',
};
/** Who gets a badge on the site's page once it is enabled, by the name beside each badge: the own addresses are left out. */
const BADGED = ['Ali Karimi', 'James Whitfield', 'Olivia Bennett', 'Sara Rezaei'];
const SITE_ADDRESSES = ['sara.rezaei@example.com', 'james.whitfield@example.com', 'olivia.bennett@example.org', 'ali.karimi@example.com'];

async function serveSites(context: BrowserContext) {
  await context.route(/^http:\/\/[a-z]+\.seglens\.test\//, (route) => {
    const body = PAGES[route.request().url()];
    return body ? route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, body: '' });
  });
}

/**
 * The frames of the page where SegLens's content script runs: it marks its
 * isolated world (which the browser may create for other reasons too).
 */
async function framesRunningSegLens(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  let running = 0;
  for (const contextId of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: "globalThis[Symbol.for('seglens.content-script')] === true", returnByValue: true });
    if (result.value === true) running++;
  }
  await cdp.detach();
  return running;
}

const names = async (page: Page, count: number) => (await settledBadges(page, count)).map((b) => b.before).sort();

let product: Product;
type Sent = { url: string; body: string | null };

/** What the background sent the API since the start, read from its own fetch. */
const sentToApi = () => product.browser.worker.evaluate(() => (globalThis as unknown as { sent: Sent[] }).sent);
const lookedUp = async () => (await sentToApi()).filter((s) => s.url.endsWith('/v1/lookup')).flatMap((s) => (JSON.parse(s.body!) as { emails: string[] }).emails);

beforeAll(async () => {
  product = await startProduct();
  await product.browser.worker.evaluate(() => {
    const world = globalThis as unknown as { sent: Sent[]; fetch: typeof fetch };
    const send = world.fetch.bind(world);
    world.sent = [];
    world.fetch = (input, init) => {
      world.sent.push({ url: String(input), body: typeof init?.body === 'string' ? init.body : null });
      return send(input, init);
    };
  });
  await product.configure();
  const options = await product.browser.context.newPage();
  await options.goto(`chrome-extension://${product.browser.extensionId}/options.html`);
  await options.getByLabel('Your own addresses').fill(OWN.join('\n'));
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved.').waitFor();
  // Kept as entered, normalised.
  expect(await options.getByLabel('Your own addresses').inputValue()).toBe('ourteam.example\nmy.own@example.org');
  await options.close();
  await serveSites(product.browser.context);
});
afterAll(() => product?.close());

/** The popup, opened in a tab about `page`, with the permission requests it makes recorded. */
const openPopup = (page: Page) => product.openPopup(page, {
  init: () => {
    const w = globalThis as unknown as { asked: unknown[]; chrome: { permissions: { request: (p: unknown) => Promise<boolean> } } };
    const request = w.chrome.permissions.request.bind(w.chrome.permissions);
    w.asked = [];
    w.chrome.permissions.request = (p) => {
      w.asked.push(p);
      return request(p);
    };
  },
});

/** The sites the options page lists as on: those it offers to turn off. */
async function sitesOn(): Promise<string[]> {
  const options = await product.browser.context.newPage();
  await options.goto(`chrome-extension://${product.browser.extensionId}/options.html`);
  const rows = options.getByTestId('sites').locator('li');
  await rows.first().waitFor();
  const on = await rows.filter({ has: options.getByRole('button', { name: 'Turn off' }) }).locator('.email').allTextContents();
  await options.close();
  return on;
}

describe('least privilege', () => {
  it('ships asking for no site at all: no host permission and no declared content script, in Chrome and Firefox', () => {
    type Manifest = Record<string, unknown> & { permissions?: string[] };
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const chrome = read(CHROME_BUILD);
    // The side panel's entrypoint adds Chrome's sidePanel permission.
    expect(chrome.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms', 'sidePanel']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts ?? []).toEqual([]);
    expect(chrome.optional_host_permissions).toEqual(OPTIONAL_HOST_PATTERNS);

    const firefox = read(ensureExtensionBuild(() => {}, 'firefox'));
    expect(firefox.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms']);
    expect(firefox.content_scripts ?? []).toEqual([]);
    expect(firefox.optional_permissions).toEqual(OPTIONAL_HOST_PATTERNS);

    // The tests' build differs only in granting at install what the shipped one asks for on use.
    const { host_permissions: granted, ...test } = read(CHROME_TEST_BUILD);
    expect(granted).toEqual(OPTIONAL_HOST_PATTERNS);
    expect(test).toEqual(chrome);
  });

  it('the shipped build reaches the API through CORS alone, and runs on no page', async () => {
    const shipped = await launchWithExtension(CHROME_BUILD);
    try {
      const options = await shipped.context.newPage();
      await options.goto(`chrome-extension://${shipped.extensionId}/options.html`);
      await options.getByLabel('Server URL').fill(product.api.url);
      await options.getByLabel('API token').fill(product.token);
      await options.getByRole('button', { name: 'Test connection' }).click();
      expect(await options.getByTestId('connection-result').textContent()).toBe('Connected as e2e (sales) (sales).');
      // No site is enabled, and none could be without the user's grant: the page loads with no content script.
      await serveSites(shipped.context);
      const page = await shipped.context.newPage();
      await page.goto(`${SITE}/`);
      expect(await framesRunningSegLens(page, shipped.extensionId)).toBe(0);
    } finally {
      await shipped.close();
    }
  });
});

describe('a site the user enables', () => {
  let page: Page;

  it('gets nothing before it is enabled: no content script, no badge, no lookup; the popup offers to enable it', async () => {
    page = await product.browser.context.newPage();
    await page.goto(`${SITE}/`);
    // A site enabled after this page loaded shows the extension at work meanwhile.
    await product.enableSite(`${CONTROL}/`);
    const control = await product.browser.context.newPage();
    await control.goto(`${CONTROL}/`);
    expect(await names(control, 1)).toEqual(['Niloofar Ahmadi']);
    await control.close();

    expect(await framesRunningSegLens(page, product.browser.extensionId)).toBe(0);
    expect(await drawnBadges(page)).toEqual([]);
    expect(await lookedUp()).toContain('niloofar.ahmadi@sepehr-distribution.example.com');
    expect((await lookedUp()).filter((email) => SITE_ADDRESSES.includes(email))).toEqual([]);

    const popup = await openPopup(page);
    await popup.getByText('SegLens is off on http://people.seglens.test.').waitFor();
    await popup.getByText('SegLens does not run on this page.').waitFor();
    expect(await popup.getByRole('button', { name: 'Show SegLens on this site' }).isVisible()).toBe(true);
    await popup.close();
  });

  it('enabling it from the popup asks for that origin alone and badges the open page at once: its frames too, each person once, never the user', async () => {
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'Show SegLens on this site' }).click();
    await popup.getByText('SegLens is on for http://people.seglens.test.').waitFor();
    expect(await popup.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: [`${SITE}/*`] }]);
    await popup.close();

    // No reload: enabling injects the script into the open page and its frames.
    expect(await names(page, BADGED.length)).toEqual(BADGED);
    expect(await page.frameLocator('#preview').locator('seglens-badge').count()).toBe(2);
    expect(await page.frameLocator('#inline').locator('seglens-badge').count()).toBe(1);
    expect(await page.frameLocator('#elsewhere').locator('seglens-badge').count()).toBe(0);
    // The page, its preview pane and its srcdoc frame; not the frame of a site that is not enabled.
    expect(await framesRunningSegLens(page, product.browser.extensionId)).toBe(3);

    // The popup lists everyone its frames found, without the user's own addresses.
    const again = await openPopup(page);
    const listed = () => again.getByTestId('people').locator('li').allTextContents();
    const listedOf = async (emails: string[]) => { const lines = await listed(); return emails.filter((email) => lines.some((line) => line.includes(email))); };
    await expect.poll(() => listedOf(SITE_ADDRESSES), { timeout: 5_000 }).toEqual(SITE_ADDRESSES);
    expect((await listed()).filter((line) => /ourteam\.example|my\.own@/.test(line))).toEqual([]);
    await again.close();

    // Only addresses, normalised, ever went to the API: no names, never the user's own.
    const bodies = (await sentToApi()).filter((s) => s.url.endsWith('/v1/lookup')).map((s) => JSON.parse(s.body!) as Record<string, unknown>);
    expect(bodies.every((body) => Object.keys(body).join() === 'emails')).toBe(true);
    const emails = await lookedUp();
    expect(emails.filter((e) => e !== e.trim().toLowerCase() || !/^[^@\s]+@[^@\s]+$/.test(e))).toEqual([]);
    expect(emails.filter((e) => e.endsWith('@ourteam.example') || e === 'my.own@example.org' || e === 'emma.clarke@example.net')).toEqual([]);
    expect(SITE_ADDRESSES.every((e) => emails.includes(e))).toBe(true);

    expect(await sitesOn()).toEqual([`${CONTROL}/*`, `${SITE}/*`]);
  });

  it('keeps it across loads: the registered script reads the page and its frames again, once each', async () => {
    await page.reload();
    expect(await names(page, BADGED.length)).toEqual(BADGED);
    await page.waitForTimeout(300);
    expect(await drawnBadges(page)).toHaveLength(BADGED.length);
  });

  it('turning it off from the popup leaves the page without SegLens from its next load', async () => {
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'Turn off on this site' }).click();
    await popup.getByText('Turned off. The badges go when the page is next loaded.').waitFor();
    await popup.close();

    await page.reload();
    const control = await product.browser.context.newPage();
    await control.goto(`${CONTROL}/`);
    await settledBadges(control, 1);
    await control.close();
    expect(await framesRunningSegLens(page, product.browser.extensionId)).toBe(0);
    expect(await drawnBadges(page)).toEqual([]);
    expect(await sitesOn()).toEqual([`${CONTROL}/*`]);
    await page.close();
  });
});

describe('the signed-in account', () => {
  it('is never badged nor looked up, wherever the site shows it, in the list or the text', async () => {
    await product.enableSite('https://mail.google.com/');
    const page = await product.browser.context.newPage();
    const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gmail', 'thread.html'), 'utf8');
    await page.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    expect(await page.locator('[email="sales@example.org"]').count()).toBeGreaterThan(0);
    await settledBadges(page, 1);
    // The account's address written in a message body beside someone else's: both are read in one pass, only the other is badged.
    await page.evaluate(() => document.querySelector('div.a3s')!.append(' Reply to sales@example.org or ali.karimi@example.com. '));
    await expect.poll(async () => (await drawnBadges(page)).filter((b) => b.before.endsWith('ali.karimi@example.com')).length, { timeout: 10_000 }).toBe(1);
    expect((await drawnBadges(page)).filter((b) => b.before.endsWith('sales@example.org'))).toEqual([]);
    expect(await page.locator('[email="sales@example.org"] + seglens-badge, seglens-badge + [email="sales@example.org"]').count()).toBe(0);
    expect(await lookedUp()).not.toContain('sales@example.org');
    await page.close();
  });
});
