import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

let product: Product;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
});
afterAll(() => product?.close());

/** Opens a saved Gmail page at Gmail's own address, so the extension treats it as Gmail. */
async function openGmail(fixture: 'inbox' | 'thread'): Promise<Page> {
  await product.enableSite('https://mail.google.com/');
  const page = await product.browser.context.newPage();
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gmail', `${fixture}.html`), 'utf8');
  await page.route('**/*', (route) => route.request().isNavigationRequest()
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    : route.abort());
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  return page;
}

/** What each badge annotates (the name beside it) and what it says. */
const seen = async (page: Page, count: number) =>
  (await settledBadges(page, count)).map((b) => ({ before: b.before, after: b.after, text: b.text, className: b.className }));

describe('Gmail', () => {
  it('annotates each participant of the thread list once, not the signed-in user', async () => {
    const page = await openGmail('inbox');
    const visible = await page.locator('tr.zA .yW span[email]:not([email="sales@example.org"])').count();
    const badges = await seen(page, visible);
    expect(badges).toHaveLength(visible);
    const sara = await product.lookup('sara.rezaei@example.com');
    // List rows are compact: the badge stands before the name.
    expect(badges.filter((b) => b.after === 'سارا' || b.after === 'سارا رضایی').map((b) => b.text))
      .toEqual(expect.arrayContaining([expect.stringContaining(String(sara.leadScore.score))]));
    expect(badges.filter((b) => b.className === 'badge unknown').length).toBeGreaterThanOrEqual(UNKNOWN_DEMO_EMAILS.length);
    expect(await page.locator('tr.zA .afn seglens-badge').count()).toBe(0);
    expect(await page.locator('seglens-badge + span[email="sales@example.org"]').count()).toBe(0);
    expect(await page.locator('tr.zA .yW seglens-badge + span[email]').count()).toBe(visible);
    await page.close();
  });

  it('annotates the sender and recipients of an open conversation, and addresses in the bodies', async () => {
    const page = await openGmail('thread');
    const people = await page.locator('div.adn span.gD[email]:not([email="sales@example.org"]), div.adn span.hb span.g2[email]:not([email="sales@example.org"])').count();
    const badges = await seen(page, people + 2);
    expect(await page.locator('div.adn span.gD[email="sara.rezaei@example.com"] + seglens-badge').count()).toBe(1);
    expect(await page.locator('div.adn .gE .go seglens-badge').count()).toBe(0);
    expect(await page.locator('div.a3s seglens-badge').count()).toBeGreaterThanOrEqual(2);
    expect(badges.every((b) => !b.className.includes('error'))).toBe(true);
    await page.close();
  });
});
