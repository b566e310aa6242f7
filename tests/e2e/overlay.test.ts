import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { formatMoney, formatNumber, translator } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { fa } from '../../shared/i18n/fa';
import { badgePoint, drawnBadges, onOpenCard, settledBadges, type DrawnBadge } from '../support/overlay';
import { startProduct, type Product } from '../support/product';
import { ROOT } from '../../scripts/lib/extension-build';

/** Where the Persian interface's screenshots are kept for review. */
const PERSIAN_SCREENSHOTS = join(ROOT, 'test-results/persian');

let product: Product;
beforeAll(async () => { product = await startProduct(); });
afterAll(() => product?.close());

const DICTS = { en, fa } as const;
type Locale = keyof typeof DICTS;
const label = (locale: Locale, badge: { kind: string; key: string; label: string }) =>
  (DICTS[locale] as Record<string, string>)[`${badge.kind}.${badge.key}`] ?? badge.label;
type Result = { badges: Array<{ kind: string; key: string; label: string }>; leadScore: { score: number } };
/** What a known person's badge reads: their first two segments, "+N" for the rest, and the lead score, in the reader's digits. */
const inline = (locale: Locale, result: Result) =>
  result.badges.slice(0, 2).map((b) => label(locale, b)).join('') + (result.badges.length > 2 ? `+${formatNumber(result.badges.length - 2, locale)}` : '')
  + formatNumber(result.leadScore.score, locale);
/** In a compact spot (a list row), the top segment and the score. */
const compact = (locale: Locale, result: Result) => `${result.badges[0] ? label(locale, result.badges[0]) : ''}${formatNumber(result.leadScore.score, locale)}`;
const inRow = (badges: DrawnBadge[], email: string) => badges.filter((b) => b.context === email);

describe('settings page', () => {
  it('says plainly what is wrong with the connection, then connects', async () => {
    expect(await product.configure({ serverUrl: 'http://127.0.0.1:9' })).toContain('Cannot reach http://127.0.0.1:9');
    expect(await product.configure({ token: 'sl_wrong' })).toContain('The server rejected the token');
    expect(await product.configure({ serverUrl: 'not a url' }, { save: false })).toContain('not a valid http(s) address');
    expect(await product.configure()).toBe('Connected as e2e (sales) (sales).');
  });
});

describe('the demo inbox', () => {
  beforeAll(() => product.configure());

  it('shows each known person\'s top segment and lead score beside them, and a quiet marker for unknown people', async () => {
    const page = await product.openDemo();
    const rows = await page.locator('tr.message-row').count();
    const badges = await settledBadges(page, rows);

    for (const person of SHOWCASE) {
      const result = await product.lookup(person.email);
      expect(result.known).toBe(true);
      const mine = inRow(badges, person.email);
      expect(mine.length).toBeGreaterThan(0);
      // The list row is a compact spot: the top segment, before the name.
      expect(mine[0]!.text).toBe(compact('en', result));
      expect(mine[0]!.after).not.toBe('');
      expect(mine[0]!.className).toBe('badge known');
    }
    // The open message's sender, linked by address in its header, has room for three.
    const sender = await product.lookup(SHOWCASE[0]!.email);
    expect(badges.find((b) => b.before.includes(`<${SHOWCASE[0]!.email}>`))!.text).toBe(inline('en', sender));
    for (const email of UNKNOWN_DEMO_EMAILS) {
      const mine = badges.filter((b) => b.context === email || b.before.includes(email));
      expect(mine.length).toBeGreaterThan(0);
      for (const b of mine) {
        expect(b.className).toBe('badge unknown');
        expect(b.text).toBe('?');
      }
    }
    expect(badges.filter((b) => b.className.includes('error'))).toEqual([]);
    await page.close();
  });

  it('opens a card on hover with name and title, segments, scores, stage and the offer', async () => {
    const page = await product.openDemo();
    const rows = await page.locator('tr.message-row').count();
    await settledBadges(page, rows);
    for (const person of SHOWCASE) {
      const result = await product.lookup(person.email);
      const { x, y } = await badgePoint(page, `tr.message-row[data-email="${person.email}"] seglens-badge`);
      await page.mouse.move(x, y);
      await expect.poll(async () => inRow(await drawnBadges(page), person.email)[0]?.card, { timeout: 5_000 }).toBeTruthy();
      const card = inRow(await drawnBadges(page), person.email)[0]!.card!;
      expect(card).toContain(result.displayName);
      for (const b of result.badges) expect(card).toContain(label('en', b));
      expect(card).toContain(`${en['card.leadScore']}${result.leadScore.score} · ${en[`lead.${result.leadScore.band}` as keyof typeof en]}`);
      expect(card).toContain(en[`lifecycle.${result.lifecycle}` as keyof typeof en]);
      // Money in the workspace's currency, and counts with their plural form.
      expect(card).toContain(`${formatMoney(result.lifetimeValue.realised, 'USD', 'en')} (${translator('en')('card.orders', { count: result.lifetimeValue.orders })})`);
      if (result.satisfaction) expect(card).toContain(result.satisfaction.tone.open.en);
      if (result.funnel) expect(card).toContain(en[`funnel.${result.funnel.stage}` as keyof typeof en]);
      if (result.offer) {
        expect(card).toContain(result.offer.title.en);
        if (result.offer.code) expect(card).toContain(result.offer.code);
      }
      await page.mouse.move(0, 0);
      await expect.poll(async () => inRow(await drawnBadges(page), person.email)[0]?.card ?? null, { timeout: 5_000 }).toBeNull();
    }
    await page.close();
  });

  it('copies the offer\'s code from the card', async () => {
    const page = await product.openDemo();
    await product.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await settledBadges(page, await page.locator('tr.message-row').count());
    let person: (typeof SHOWCASE)[number] | undefined;
    for (const candidate of SHOWCASE) if ((await product.lookup(candidate.email)).offer?.code) person = person ?? candidate;
    const { offer } = await product.lookup(person!.email);
    const { x, y } = await badgePoint(page, `tr.message-row[data-email="${person!.email}"] seglens-badge`);
    await page.mouse.click(x, y);
    const copyButton = () => onOpenCard(page, (card) => {
      const button = card.querySelector('.offer .copy');
      if (!button) return null;
      // The card scrolls inside when it is taller than the room beside its badge.
      button.scrollIntoView({ block: 'nearest' });
      const box = button.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, text: button.textContent, label: button.getAttribute('aria-label') };
    }, null);
    await expect.poll(copyButton, { timeout: 5_000 }).toMatchObject({ text: en['card.copy'], label: en['card.copyCode'] });
    const at = (await copyButton())!;
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await copyButton())?.text, { timeout: 5_000 }).toBe(en['card.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(offer.code);
    await page.close();
  });

  it('annotates people the page adds later, once each', async () => {
    const page = await product.openDemo();
    const rows = await page.locator('tr.message-row').count();
    const before = (await settledBadges(page, rows)).length;
    const known = SHOWCASE[0]!.email;
    await page.evaluate((email) => {
      const p = document.createElement('p');
      p.dataset.email = 'added';
      p.textContent = `Forwarded from ${email} just now`;
      document.body.append(p);
    }, known);
    const after = await settledBadges(page, before + 1);
    expect(after).toHaveLength(before + 1);
    expect(inRow(after, 'added')[0]!.className).not.toContain('unknown');
    // Moving nodes around makes the observer look again; nothing is annotated twice.
    await page.evaluate(() => document.body.append(document.querySelector('[data-email="added"]')!));
    await page.waitForTimeout(300);
    expect(await drawnBadges(page)).toHaveLength(before + 1);
    await page.close();
  });

  it('speaks Persian when asked: labels, right-to-left card, popup and settings, Solar Hijri dates', async () => {
    await product.configure({ language: 'fa' });
    try {
      const page = await product.openDemo();
      const rows = await page.locator('tr.message-row').count();
      const badges = await settledBadges(page, rows);
      const person = SHOWCASE.find((p) => p.expect.funnel) ?? SHOWCASE[0]!;
      const result = await product.lookup(person.email);
      expect(inRow(badges, person.email)[0]!.text).toBe(compact('fa', result));
      const { x, y } = await badgePoint(page, `tr.message-row[data-email="${person.email}"] seglens-badge`);
      await page.mouse.click(x, y);
      await expect.poll(async () => inRow(await drawnBadges(page), person.email)[0]?.cardDir, { timeout: 5_000 }).toBe('rtl');
      const card = inRow(await drawnBadges(page), person.email)[0]!.card!;
      expect(card).toContain(fa['card.leadScore']);
      if (result.funnel) {
        const hijri = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(result.funnel.since));
        expect(card).toContain(hijri);
        // Counts in Persian digits too.
        expect(card).toContain(translator('fa')('card.daysInStage', { count: result.funnel.daysInStage }));
      }
      expect(card).toContain(translator('fa')('card.orders', { count: result.lifetimeValue.orders }));
      expect(card).toContain(formatMoney(result.lifetimeValue.realised, 'USD', 'fa'));

      // As a Persian reader sees it, kept for review: the card's text starts at its right edge.
      const text = await onOpenCard(page, (card) => {
        const range = document.createRange();
        range.selectNodeContents(card.querySelector('h2')!);
        const [box, line] = [card.getBoundingClientRect(), range.getBoundingClientRect()];
        return { fromRight: box.right - line.right, fromLeft: line.left - box.left };
      }, null);
      expect(text!.fromRight).toBeLessThan(20);
      expect(text!.fromLeft).toBeGreaterThan(text!.fromRight);
      mkdirSync(PERSIAN_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(PERSIAN_SCREENSHOTS, 'card.png') });

      // The popup and the settings page: right to left, Persian digits, nothing left in English.
      const popup = await product.openPopup(page);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.getByTestId('people').waitFor();
      expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
      // The role too is in Persian.
      await expect.poll(() => popup.getByTestId('connection').textContent()).toBe(translator('fa')('popup.connected', { name: 'e2e (sales)', role: fa['role.sales'] }));
      const listed = await popup.getByTestId('people').locator('li').allTextContents();
      expect(listed.find((line) => line.includes(person.email))).toContain(formatNumber(result.leadScore.score, 'fa'));
      // Only the product's name is in Latin letters.
      expect((await popup.locator('h1, h2, button').allTextContents()).filter((text) => /^[A-Za-z ]+$/.test(text) && text !== 'SegLens')).toEqual([]);
      await popup.screenshot({ path: join(PERSIAN_SCREENSHOTS, 'popup.png') });
      const options = await product.browser.context.newPage();
      await options.goto(`chrome-extension://${product.browser.extensionId}/options.html`);
      await options.getByLabel(fa['options.serverUrl']).waitFor();
      expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await options.screenshot({ path: join(PERSIAN_SCREENSHOTS, 'options.png'), fullPage: true });
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await product.configure({ language: 'auto' });
    }
  });

  it('lists the people on the page in the popup', async () => {
    const page = await product.openDemo();
    const rows = await page.locator('tr.message-row').count();
    await settledBadges(page, rows);
    const popup = await product.openPopup(page);
    await expect.poll(() => popup.getByTestId('connection').textContent()).toBe('Connected as e2e (sales) (sales)');
    await popup.getByTestId('people').waitFor();
    const listed = await popup.getByTestId('people').locator('li').allTextContents();
    for (const person of SHOWCASE) expect(listed.some((line) => line.includes(person.email))).toBe(true);
    for (const email of UNKNOWN_DEMO_EMAILS) expect(listed.find((line) => line.includes(email))).toContain(en['popup.unknownShort']);
    await popup.close();
    await page.close();
  });

  it('marks people with a warning, not an error page, when the API is down, and recovers once the settings are fixed', async () => {
    await product.configure({ serverUrl: 'http://127.0.0.1:9' });
    const page = await product.openDemo();
    const rows = await page.locator('tr.message-row').count();
    const badges = await settledBadges(page, rows);
    expect(badges.every((b) => b.className === 'badge error')).toBe(true);
    const { x, y } = await badgePoint(page, 'seglens-badge');
    await page.mouse.click(x, y);
    await expect.poll(async () => (await drawnBadges(page))[0]?.card, { timeout: 5_000 }).toContain('Cannot reach http://127.0.0.1:9');
    await product.configure();
    await expect.poll(async () => (await drawnBadges(page)).filter((b) => b.className.includes('error')).length, { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});
