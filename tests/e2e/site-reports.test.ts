/**
 * A site whose layout changed under its adapter is reported to the API, as an
 * admin reads it at GET /v1/site-reports: once per site and extension version
 * a day, however many of its pages are opened; a page whose anchors are there
 * is not reported. Pages are served at the site's own address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmail } from '../../extension/sites/gmail';
import { settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

let product: Product;
let adminToken: string;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
  adminToken = (await product.repos.tokens.issue('e2e (admin)', 'admin')).token;
});
afterAll(() => product?.close());

/** A page of the site after a redesign: people still shown, none of the markup its adapter relies on. */
const REDESIGNED = `<!doctype html><html><body><main class="app-shell">
  <ul class="conversations"><li><span class="from">Dana Rahimi</span> Renewal quote</li></ul>
</main></body></html>`;

const open = (url: string, html: string) => product.openSite(url, html);

type Report = { site: string; version: string; missing: string[]; checked: number; reports: number };

async function siteReports(): Promise<Report[]> {
  const res = await fetch(`${product.api.url}/v1/site-reports`, { headers: { authorization: `Bearer ${adminToken}` } });
  return (await res.json()).items;
}

/** Waits until `site` has been reported (the page checks a few seconds after it loaded). */
async function reportOf(site: string): Promise<Report> {
  await expect.poll(async () => (await siteReports()).some((r) => r.site === site), { timeout: 20_000, interval: 250 }).toBe(true);
  return (await siteReports()).find((r) => r.site === site)!;
}

describe('a site whose layout changed', () => {
  it('is reported with its adapter\'s missing anchors and the extension\'s version; a healthy site is not', async () => {
    // The healthy page first: its check is due before the changed page's.
    const healthy = await open('https://outlook.live.com/mail/0/', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'outlook', 'inbox.html'), 'utf8'));
    await settledBadges(healthy, await healthy.locator('[data-app-section="MessageList"] [role="option"][data-convid]').count());
    const changed = await open('https://mail.google.com/mail/u/0/#inbox', REDESIGNED);

    type Runtime = { runtime: { getManifest(): { version: string } } };
    const version = await product.browser.worker.evaluate(() => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getManifest().version);
    const anchors = Object.keys(gmail.anchors);
    expect(await reportOf('gmail')).toMatchObject({ site: 'gmail', version, missing: anchors, checked: anchors.length, reports: 1 });
    expect((await siteReports()).map((r) => r.site)).toEqual(['gmail']);
    await Promise.all([healthy.close(), changed.close()]);
  });

  it('is reported once a day however many of its pages are opened', async () => {
    const again = await open('https://mail.google.com/mail/u/0/#inbox', REDESIGNED);
    await again.reload();
    const another = await open('https://mail.google.com/mail/u/1/#sent', REDESIGNED);
    // A changed site opened after them: once it is reported, their checks have run too.
    const record = await open('https://app.hubspot.com/contacts/24680135/record/0-1/101', REDESIGNED);
    expect(await reportOf('hubspot')).toMatchObject({ reports: 1 });
    expect((await siteReports()).find((r) => r.site === 'gmail')).toMatchObject({ reports: 1 });
    await Promise.all([again.close(), another.close(), record.close()]);
  });
});
