/**
 * The Firefox add-on (`.output/firefox-mv2`) in a real Firefox, on the
 * permission flow that site-access.test.ts checks in Chromium: installed on a
 * fresh profile it runs on no site; once the user enables a site (its
 * optional host permission granted, the content script registered for its
 * origin), that site's pages show each person's badge with what the API knows.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { ensureExtensionBuild } from '../../scripts/lib/extension-build';
import { addOnPage, FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { firefoxBadges, type FirefoxBadge } from '../support/firefox-overlay';
import { startDemoApi } from '../support/product';

const SITE = 'people.seglens.test';
const CONTROL = 'control.seglens.test';

/** Pages by host and path: a person in the page, in a same-origin frame and in a srcdoc frame. */
const PAGES: Record<string, string> = {
  [`${SITE}/`]: `<!doctype html><meta charset="utf-8"><title>Team</title>
    <p>Write to <a href="mailto:sara.rezaei@example.com">Sara Rezaei</a>.</p>
    <iframe id="preview" src="/preview"></iframe>
    <iframe id="inline" srcdoc="<p>Also <a href='mailto:ali.karimi@example.com'>Ali Karimi</a></p>"></iframe>`,
  [`${SITE}/preview`]: '<!doctype html><meta charset="utf-8"><p>From <a href="mailto:james.whitfield@example.com">James Whitfield</a></p>',
  [`${CONTROL}/`]: '<!doctype html><meta charset="utf-8"><p><a href="mailto:niloofar.ahmadi@sepehr-distribution.example.com">Niloofar Ahmadi</a></p>',
};
/** Who the site's page shows, frame by frame (the page, its preview frame, its srcdoc frame). */
const PEOPLE = ['sara.rezaei@example.com', 'james.whitfield@example.com', 'ali.karimi@example.com'];
const CONTROL_PERSON = 'niloofar.ahmadi@sepehr-distribution.example.com';

let demo: Awaited<ReturnType<typeof startDemoApi>>;
let firefox: FirefoxWithExtension;
let sites: Server;
let port: number;

/** The sites' pages, served on this machine: Firefox resolves their hosts here (any port is the same site). */
function serveSites(): Promise<Server> {
  const server = createServer((req, res) => {
    const body = PAGES[`${req.headers.host?.replace(/:\d+$/, '')}${req.url}`];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const url = (host: string) => `http://${host}:${port}/`;

/**
 * Waits until each frame of the page shows its `perFrame` badges, none still
 * loading; returns them all, the page's first, then each frame's.
 */
async function settled(page: Page, perFrame: number): Promise<FirefoxBadge[]> {
  for (const until = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 100))) {
    const frames = await Promise.all(page.frames().map(firefoxBadges));
    if (frames.every((badges) => badges.length === perFrame && badges.every((b) => !b.loading))) return frames.flat();
    if (Date.now() > until) throw new Error(`expected ${perFrame} settled badges in each frame, found ${JSON.stringify(frames)}`);
  }
}

type Known = { displayName: string; leadScore: { score: number }; badges: Array<{ kind: string; key: string; label: string }> };
const label = (b: Known['badges'][number]) => (en as Record<string, string>)[`${b.kind}.${b.key}`] ?? b.label;
/** What a known person's badge reads out and draws: every segment and the lead score; drawn, the first two, "+N" for the rest, and the score. */
const badgeOf = (person: Known): Omit<FirefoxBadge, 'loading'> => ({
  label: `${person.displayName}: ${person.badges.map(label).join(', ')}; ${en['card.leadScore']} ${person.leadScore.score}`,
  text: person.badges.slice(0, 2).map(label).join('') + (person.badges.length > 2 ? `+${person.badges.length - 2}` : '') + person.leadScore.score,
});

beforeAll(async () => {
  demo = await startDemoApi({ corsOrigins: [FIREFOX_EXTENSION_ORIGIN] });
  sites = await serveSites();
  port = (sites.address() as { port: number }).port;
  firefox = await launchFirefoxWithExtension(ensureExtensionBuild(() => {}, 'firefox'), { localHosts: [SITE, CONTROL] });
  // The settings page, filled in as a user does.
  const { settings } = firefox;
  await settings.locator('#server-url').fill(demo.api.url);
  await settings.locator('#token').fill(demo.token);
  await settings.click('xpath///button[text()="Test connection"]');
  await settings.waitForSelector('[data-testid="connection-result"]');
  expect(await settings.$eval('[data-testid="connection-result"]', (p) => p.textContent)).toBe('Connected as e2e (sales) (sales).');
  await settings.click('xpath///button[text()="Save"]');
  await settings.waitForSelector('xpath///p[text()="Saved."]');
});
afterAll(async () => {
  await firefox?.close();
  sites?.close();
  await demo?.close();
});

describe('Firefox: a site the user enables', () => {
  let page: Page;
  /** Each person's badge as the API's answer says it should be drawn. */
  const expected = (emails: string[]) => Promise.all(emails.map(async (email) => {
    const result = await demo.lookup(email);
    expect(result.known, email).toBe(true);
    return { ...badgeOf(result as Known), loading: false };
  }));

  it('gets no badge on a fresh profile, while a site enabled meanwhile does', async () => {
    page = await firefox.browser.newPage();
    await page.goto(url(SITE));
    await firefox.enableSite(url(CONTROL));
    const control = await firefox.browser.newPage();
    await control.goto(url(CONTROL));
    expect(await settled(control, 1)).toEqual(await expected([CONTROL_PERSON]));
    await control.close();

    expect(page.frames()).toHaveLength(3);
    for (const frame of page.frames()) expect(await firefoxBadges(frame)).toEqual([]);
  });

  it('once enabled, shows each person\'s segments and lead score as the API knows them, in the open page at once and its frames too', async () => {
    await firefox.enableSite(url(SITE));
    // No reload: enabling injects the script into the open page and its frames.
    expect(await settled(page, 1)).toEqual(await expected(PEOPLE));
  });

  it('keeps it across loads: the registered script badges the page and its frames again', async () => {
    await page.reload();
    expect(await settled(page, 1)).toEqual(await expected(PEOPLE));
  });
});

describe('Firefox: the profile in the sidebar', () => {
  it('shows the person whose card the user opened last, every group and the timeline', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(url(SITE));
    await settled(page, 1);
    // The pointer comes to the person's badge: their card opens, and they are the person in focus.
    const box = (await (await page.$('seglens-badge'))!.boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    const sara = await demo.lookup(PEOPLE[0]!);
    // The sidebar's page, as Firefox shows it: opened here in a tab by the add-on itself (headless Firefox
    // draws no sidebar, and a test may not navigate to an add-on's page).
    await firefox.settings.evaluate(() => (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser.tabs.create({ url: '/sidepanel.html' }));
    const panel = await addOnPage(firefox.browser, 'sidepanel.html');
    await panel.waitForSelector('#person-name');
    expect(await panel.$eval('#person-name', (h) => h.textContent)).toBe(sara.displayName);
    await panel.waitForSelector('[data-testid="timeline"] li');
    expect(await panel.$$eval('section[aria-label], section[aria-labelledby]', (s) => s.length)).toBeGreaterThan(3);
    await panel.close();
    await page.close();
  });
});
