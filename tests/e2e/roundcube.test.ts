/**
 * SegLens on a live Roundcube (Debian's Roundcube 1.6, elastic skin, with
 * Dovecot; started by tests/support/roundcube/global-setup.ts), with the
 * mailbox of tests/fixtures/roundcube-mailbox: the people of the demo data,
 * in Persian and English, two strangers, and the user's own address.
 * A screenshot of each view is kept in test-results/roundcube/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { ROOT } from '../../scripts/lib/extension-build';
import { en } from '../../shared/i18n/en';
import { fa } from '../../shared/i18n/fa';
import { badgePoint, drawnBadges, onOpenCard, settledBadges, toneBannerDismissPoint, toneBanners } from '../support/overlay';
import { startProduct, type Product } from '../support/product';
import { ROUNDCUBE_USER } from '../support/roundcube/instance';
import { logIn, openFolder, openMessage, preview, reply, replyAll, setListMode, visibleRows } from '../support/roundcube/webmail';

const SCREENSHOTS = join(ROOT, 'test-results/roundcube');
const OWN = ROUNDCUBE_USER;
const KNOWN = new Set(SHOWCASE.map((p) => p.email));
const UNKNOWN = new Set<string>(UNKNOWN_DEMO_EMAILS);

let product: Product;
let page: Page;

const roundcube = inject('roundcube');

beforeAll(async () => {
  if ('problem' in roundcube) throw new Error(`The live Roundcube did not start, so these tests cannot run: ${roundcube.problem}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  await product.configure();
  await product.enableSite(roundcube.url);
  page = await product.browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, roundcube.url);
});
afterAll(() => product?.close());

const shoot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

/** The badges a user sees in `scope` (hidden ones, in a collapsed thread or a hidden header table, aside). */
const visibleBadges = (scope: Locator | Frame) => scope.locator('seglens-badge:visible');

/** Each visible list row's person (the address Roundcube shows it by) and its badges. */
async function rowsAndBadges() {
  return Promise.all((await visibleRows(page).all()).map(async (row) => ({
    people: await row.locator('span.adr > .rcmContactAddress').evaluateAll((els) => els.map((el) => el.getAttribute('title')!)),
    badges: await visibleBadges(row).count(),
    // A compact badge stands right before the name it is about.
    placed: await row.locator('span.adr > seglens-badge + .rcmContactAddress').count(),
  })));
}

/** How Roundcube shows a person: the name in their mail (the demo people's own), or else the address. */
const shownAs = (email: string) => SHOWCASE.find((p) => p.email === email)?.name ?? email;

/** Known people's badges say so and show their score; strangers get the quiet marker. */
async function expectBadgesTell(emails: string[]) {
  const badges = await settledBadges(page, emails.length);
  for (const email of new Set(emails)) {
    const result = await product.lookup(email);
    // A badge stands after the name or the address (a recipient pill holds both), or before the name in a list row.
    const drawn = badges.filter((b) => b.before === shownAs(email) || b.before.includes(email) || b.after === shownAs(email));
    expect(drawn.length, email).toBeGreaterThan(0);
    for (const b of drawn) {
      if (KNOWN.has(email)) {
        expect(b.className, email).toBe('badge known');
        expect(b.text, email).toContain(String(result.leadScore.score));
      } else {
        expect(UNKNOWN.has(email), email).toBe(true);
        expect(b.text, email).toBe('?');
      }
    }
  }
}

describe('Roundcube', () => {
  it('badges every row of the inbox, compact, before the name — but not the user\'s own message', async () => {
    const rows = await rowsAndBadges();
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const expected = row.people.filter((email) => email !== OWN).length;
      expect(row.badges, row.people.join()).toBe(expected);
      expect(row.placed, row.people.join()).toBe(expected);
    }
    expect(rows.filter((r) => r.badges === 0).map((r) => r.people)).toEqual([[OWN]]);
    await expectBadgesTell(rows.flatMap((r) => r.people).filter((e) => e !== OWN));
    await shoot('inbox');
  });

  it('opens a row\'s card on a click on its badge, and leaves the row alone: not selected, not opened', async () => {
    const stranger = '#messagelist tr[id^="rcmrow"] span.adr > seglens-badge:has(+ [title="stranger@example.net"])';
    const { x, y } = await badgePoint(page, stranger);
    await page.mouse.click(x, y);
    await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card ?? '').toContain(en['card.unknown']);
    expect(await page.locator('#messagelist tr.selected').count()).toBe(0);
    expect(await page.frameLocator('#messagecontframe').locator('#message-header').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await drawnBadges(page)).some((b) => b.card)).toBe(false);
  });

  it('badges the recipients of every row in Sent', async () => {
    await openFolder(page, 'sent');
    const rows = await rowsAndBadges();
    expect(rows.map((r) => r.people)).toEqual([['ali.karimi@example.com', 'new.prospect@example.org'], ['james.whitfield@example.com']]);
    expect(rows.map((r) => r.badges)).toEqual([2, 1]);
    await expectBadgesTell(rows.flatMap((r) => r.people));
    await shoot('sent');
    await openFolder(page, 'inbox');
  });

  it('badges every thread in threads mode, and a thread\'s replies once it is expanded', async () => {
    await setListMode(page, 'threads');
    try {
      let rows = await rowsAndBadges();
      expect(rows).toHaveLength(7);
      expect(rows.map((r) => r.badges)).toEqual(rows.map((r) => (r.people[0] === OWN ? 0 : 1)));
      await shoot('threads');
      await page.locator('#messagelist tr.thread td.threads div.collapsed').click();
      rows = await rowsAndBadges();
      expect(rows).toHaveLength(8);
      expect(rows.filter((r) => r.badges === 1)).toHaveLength(7);
    } finally {
      await setListMode(page, 'list');
    }
  });

  it('badges the sender, To, Cc and the addresses in the body of the message in the preview pane, once each', async () => {
    const frame = await preview(page, 'Quarterly logistics review');
    // Summary line: the sender; the body: two addresses.
    await expect.poll(() => visibleBadges(frame).count()).toBe(3);
    await frame.locator('#message-header a.headers-details').click();
    // The details: From, To (the user aside), Cc; the body's two.
    await expect.poll(() => visibleBadges(frame).count()).toBe(8);
    expect(await frame.locator(`a.rcmContactAddress[title="${OWN}"] + seglens-badge`).count()).toBe(0);
    expect(await frame.locator('#message-header td.header.cc a.rcmContactAddress + seglens-badge:visible').count()).toBe(3);
    expect(await frame.locator('#messagebody seglens-badge:visible').count()).toBe(2);
    // The list around the frame is not badged again.
    expect(await page.locator('#messagelist seglens-badge').count()).toBe(7);
    await expectBadgesTell(['olivia.bennett@example.org', 'emma.clarke@example.net', 'james.whitfield@example.com', 'ali.karimi@example.com', 'sara.rezaei@example.com', 'new.prospect@example.org']);
    await shoot('preview');
  });

  it('badges From, To, Cc and Reply-To of a message opened full', async () => {
    await openMessage(page, 'قرارداد پخش سال جدید');
    const header = page.locator('#message-header table.header-headers');
    await expect.poll(() => visibleBadges(header).count()).toBe(3);
    for (const [cell, email] of [['from', 'sara.rezaei@example.com'], ['cc', 'ali.karimi@example.com'], ['replyto', 'niloofar.ahmadi@sepehr-distribution.example.com']]) {
      expect(await header.locator(`td.header.${cell} a.rcmContactAddress[title="${email}"] + seglens-badge`).count(), cell).toBe(1);
    }
    expect(await header.locator(`td.header.to seglens-badge`).count()).toBe(0);
    await expectBadgesTell(['sara.rezaei@example.com', 'ali.karimi@example.com', 'niloofar.ahmadi@sepehr-distribution.example.com']);
    await shoot('message');
    await page.goBack();
  });

  it('badges each recipient of a reply to all beside its pill, visible, a recipient the user adds, and leaves no badge behind a removed one', async () => {
    await openMessage(page, 'Quarterly logistics review');
    await replyAll(page);
    const pills = page.locator('ul.recipient-input > li.recipient');
    expect(await pills.count()).toBe(6);
    await expect.poll(() => page.locator('ul.recipient-input > li.recipient + seglens-badge:visible').count()).toBe(6);
    expect(await page.locator('li.recipient seglens-badge').count()).toBe(0);
    // The tone banner (James is angry) stands above the editor: the editor is measured once it is in place.
    await expect.poll(async () => (await toneBanners(page)).length).toBe(1);
    const editor = (await page.locator('#composebody').boundingBox())!;
    for (const badge of await page.locator('ul.recipient-input > seglens-badge').all()) {
      const box = (await badge.boundingBox())!;
      const pill = (await badge.locator('xpath=preceding-sibling::li[1]').boundingBox())!;
      expect(box.width).toBeGreaterThan(8);
      // Beside its pill, on the pill's line, and clear of the editor below.
      expect(box.x).toBeGreaterThanOrEqual(pill.x + pill.width - 1);
      expect(Math.abs(box.y + box.height / 2 - (pill.y + pill.height / 2))).toBeLessThan(pill.height / 2);
      expect(box.y + box.height).toBeLessThanOrEqual(editor.y);
    }
    await expectBadgesTell(['olivia.bennett@example.org', 'emma.clarke@example.net', 'james.whitfield@example.com', 'ali.karimi@example.com', 'sara.rezaei@example.com', 'new.prospect@example.org']);

    // Typing in the editor, the user points at a recipient's badge: its card opens clear of the editor.
    await page.locator('#composebody').click();
    const { x, y } = await badgePoint(page, '#compose_to li.recipient + seglens-badge');
    await page.mouse.move(x, y);
    const cardBox = () => onOpenCard(page, (card) => {
      const { top, bottom, left, right } = card.getBoundingClientRect();
      return { top, bottom, left, right };
    }, null);
    await expect.poll(cardBox).not.toBeNull();
    const card = (await cardBox())!;
    const clear = card.bottom <= editor.y || card.top >= editor.y + editor.height || card.right <= editor.x || card.left >= editor.x + editor.width;
    expect(clear, JSON.stringify({ card, editor })).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(cardBox).toBeNull();

    // The user types another recipient: Roundcube makes it a pill, which gets its badge.
    const input = page.locator('#compose_to ul.recipient-input input');
    await input.fill('niloofar.ahmadi@sepehr-distribution.example.com');
    await input.press(',');
    await expect.poll(() => page.locator('#compose_to li.recipient + seglens-badge:visible').count()).toBe(2);
    await shoot('compose');

    // The user removes a recipient: its badge goes with its pill, and every badge left follows its own pill.
    await page.locator('#compose_cc li.recipient[title^="Emma Clarke"] a.remove').click();
    await expect.poll(() => page.locator('#compose_cc ul.recipient-input > seglens-badge').count()).toBe(4);
    expect(await page.locator('#compose_cc li.recipient + seglens-badge').count()).toBe(4);
    expect((await drawnBadges(page)).filter((b) => b.className.includes('error'))).toEqual([]);
  });

  it('shows the tone to take above the editor of a reply to an angry customer, never over the text; in Persian too; hidden in that conversation once dismissed, after a reload too', async () => {
    if ('problem' in roundcube) return;
    // Leaving or reloading a message being written, Roundcube asks first: the user says yes.
    const leave = (dialog: Dialog) => void dialog.accept();
    page.on('dialog', leave);
    try {
      await page.goto(`${roundcube.url}?_task=mail&_mbox=INBOX`);
      await visibleRows(page).first().waitFor();
      await openMessage(page, 'Re: Renewal quote for the analytics plan');
      await reply(page);
      const james = await product.lookup('james.whitfield@example.com');
      expect(james.satisfaction.segment).toBe('angry');
      await expect.poll(async () => (await toneBanners(page)).map((b) => b.who)).toEqual([james.displayName]);
      const [banner] = await toneBanners(page);
      expect(banner!.dir).toBe('ltr');
      expect(banner!.label).toBe(en['tone.label'].replace('{name}', james.displayName));
      expect(banner!.text).toContain(en['tone.customer'].replace('{segment}', en['satisfaction.angry']));
      expect(banner!.text).toContain(`${en['tone.open']}: ${james.satisfaction.tone.open.en}`);
      expect(banner!.text).toContain(`${en['tone.avoid']}: ${james.satisfaction.tone.avoid.en}`);

      // The user writes: the banner stays above the editor (its toolbar included), clear of it, within its width.
      const editor = page.locator('#composebody');
      await editor.click();
      await page.keyboard.type('Dear James, I am sorry about the damaged order.');
      const bannerBox = (await page.locator('seglens-tone').boundingBox())!;
      const editorBox = (await page.locator('#composebodycontainer').boundingBox())!;
      expect((await editor.boundingBox())!.y).toBeGreaterThanOrEqual(editorBox.y);
      expect(bannerBox.height).toBeGreaterThan(30);
      expect(bannerBox.y + bannerBox.height, JSON.stringify({ bannerBox, editorBox })).toBeLessThanOrEqual(editorBox.y);
      expect(bannerBox.x).toBeGreaterThanOrEqual(editorBox.x - 1);
      expect(bannerBox.x + bannerBox.width).toBeLessThanOrEqual(editorBox.x + editorBox.width + 1);
      await shoot('tone-banner');

      // In the user's language: Persian, right to left.
      await product.configure({ language: 'fa' });
      await expect.poll(async () => (await toneBanners(page))[0]?.dir).toBe('rtl');
      const [persian] = await toneBanners(page);
      expect(persian!.text).toContain(fa['tone.customer'].replace('{segment}', fa['satisfaction.angry']));
      expect(persian!.text).toContain(`${fa['tone.open']}: ${james.satisfaction.tone.open.fa}`);
      await shoot('tone-banner-fa');
      await product.configure({ language: 'en' });
      await expect.poll(async () => (await toneBanners(page))[0]?.dir).toBe('ltr');

      // Dismissed: gone, and the user is still in the editor.
      await editor.click();
      const { x, y } = await toneBannerDismissPoint(page);
      await page.mouse.click(x, y);
      await expect.poll(() => page.locator('seglens-tone').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('composebody');
      expect(await editor.inputValue()).toContain('Dear James, I am sorry about the damaged order.');

      // Reloaded, the reply's badge comes back, the banner does not.
      await page.reload();
      await page.locator('ul.recipient-input > li.recipient + seglens-badge').first().waitFor();
      await settledBadges(page, 1);
      await page.waitForTimeout(1_500);
      expect(await toneBanners(page)).toEqual([]);

      // Another conversation with him (and with a dissatisfied customer): the banner is back, about the angrier.
      await page.goto(`${roundcube.url}?_task=mail&_mbox=INBOX`);
      await visibleRows(page).first().waitFor();
      await openMessage(page, 'Quarterly logistics review');
      await replyAll(page);
      await expect.poll(async () => (await toneBanners(page)).map((b) => b.who)).toEqual([james.displayName]);
    } finally {
      page.off('dialog', leave);
    }
  });
});

describe('Roundcube in the larry skin', () => {
  beforeAll(async () => {
    if ('problem' in roundcube) return;
    await product.enableSite(roundcube.larryUrl);
    await logIn(page, roundcube.larryUrl);
  });

  it('badges every row of the inbox but the user\'s own, and the sender, To, Cc and body addresses in the preview pane', async () => {
    const rows = await rowsAndBadges();
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.badges)).toEqual(rows.map((r) => (r.people[0] === OWN ? 0 : 1)));
    expect(rows.map((r) => r.placed)).toEqual(rows.map((r) => r.badges));
    await shoot('larry-inbox');

    const frame = await preview(page, 'Quarterly logistics review');
    // The short header's sender and the body's two; the full headers are folded away.
    await expect.poll(() => visibleBadges(frame).count()).toBe(3);
    await frame.locator('#previewheaderstoggle').click();
    await expect.poll(() => visibleBadges(frame.locator('#preview-allheaders')).count()).toBe(6);
    expect(await frame.locator(`a.rcmContactAddress[title="${OWN}"] + seglens-badge`).count()).toBe(0);
    await expectBadgesTell(['olivia.bennett@example.org', 'emma.clarke@example.net', 'james.whitfield@example.com', 'ali.karimi@example.com', 'sara.rezaei@example.com', 'new.prospect@example.org']);
    await shoot('larry-preview');
  });
});
