/**
 * The overlay's layout and manners, in Chromium with the built extension, on
 * pages of a made-up webmail site: badges keep one box whatever they show, the
 * page never shifts, the card fits the viewport and minds the keyboard, the
 * editor and the page's own listeners.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_BOX } from '../../extension/annotate/overlay-styles';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { badgePoint, drawnBadges, onOpenCard, settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

const SITE = 'http://mail.layout.seglens.test/';
const STYLE = `<style>
  body { margin: 0; font: 14px/20px system-ui, sans-serif; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  td { padding: 6px 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 1px solid #eee; }
  td.from { width: 240px; }
  .head { margin: 8px; }
</style>`;
const KNOWN = SHOWCASE.map((p) => p.email);
const UNKNOWN = [...UNKNOWN_DEMO_EMAILS, 'nobody.here@unknown.example', 'someone.else@unknown.example'];

/** A message list row as webmail marks it: the sender's address in an `email` attribute (a compact badge). */
const row = (email: string, i: number) =>
  `<tr class="row" data-email="${email}"><td class="from"><span email="${email}" name="Person ${i}">Person ${i}</span></td><td>Subject ${i} — about the order</td></tr>`;
/** A message header: the sender as a mailto link (a full badge after it). */
const header = (email: string) => `<p class="head" data-email="${email}">From <a href="mailto:${email}">${email}</a> to me</p>`;

let product: Product;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
  await product.enableSite(SITE);
});
afterAll(() => product?.close());

async function openPage(body: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await product.browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.route(SITE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>Inbox</title>${STYLE}${body}` }));
  await page.goto(SITE);
  return page;
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };
const within = (inner: Box, outer: { width: number; height: number }) =>
  inner.left >= 0 && inner.top >= 0 && inner.right <= outer.width && inner.bottom <= outer.height;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What page script can measure of every badge host: its box, and whether it sits in a list row (compact). */
const hostSizes = (page: Page) => page.evaluate(() => [...document.querySelectorAll('seglens-badge')].map((host) => {
  const { width, height } = host.getBoundingClientRect();
  return { compact: !!host.closest('td.from'), size: `${width}×${height}` };
}));

/** The open card's box, its scrolling, and its badge's box, as laid out now. */
const cardLayout = (page: Page) => onOpenCard(page, (card) => {
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
  return { box: box(card.getBoundingClientRect()), scrollHeight: card.scrollHeight, clientHeight: card.clientHeight, dir: card.dir };
}, null);

describe('badges', () => {
  it('keep one box per kind from the moment they go in, whatever the page\'s rules, for known and unknown people and when the API is down', async () => {
    // A page whose rules would reach the badges' hosts, even with !important.
    const body = `<style>seglens-badge, td > *, p > * { display: block !important; width: 400px !important; padding: 10px !important; border: 3px solid red !important; }</style>
      <table><tbody id="list"></tbody></table><div id="heads"></div>
      <script>
        // Page script sees each badge's host as it goes in, before any answer.
        window.firstSizes = [];
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) {
            if (n.localName === 'seglens-badge') { const b = n.getBoundingClientRect(); window.firstSizes.push(b.width + '×' + b.height); }
          }
        }).observe(document.body, { childList: true, subtree: true });
      </script>`;
    const people = [...KNOWN, ...UNKNOWN];
    const fill = (page: Page) => page.evaluate(({ rows, heads }) => {
      document.getElementById('list')!.insertAdjacentHTML('beforeend', rows);
      document.getElementById('heads')!.insertAdjacentHTML('beforeend', heads);
    }, { rows: people.map(row).join(''), heads: [KNOWN[0]!, UNKNOWN[0]!].map(header).join('') });

    const page = await openPage(body);
    await fill(page);
    const badges = await settledBadges(page, people.length + 2);
    // Both kinds of badge show both kinds of answer here.
    expect(new Set(badges.map((b) => b.className))).toEqual(new Set(['badge known', 'badge unknown']));
    const sizes = await hostSizes(page);
    const compact = new Set(sizes.filter((s) => s.compact).map((s) => s.size));
    const full = new Set(sizes.filter((s) => !s.compact).map((s) => s.size));
    expect(compact).toEqual(new Set([`${BADGE_BOX.compact.width}×${BADGE_BOX.compact.height}`]));
    expect(full).toEqual(new Set([`${BADGE_BOX.full.width}×${BADGE_BOX.full.height}`]));
    const first = await page.evaluate(() => (window as unknown as { firstSizes: string[] }).firstSizes);
    expect(first).toHaveLength(people.length + 2);
    expect(new Set(first)).toEqual(new Set([...compact, ...full]));
    await page.close();

    await product.configure({ serverUrl: 'http://127.0.0.1:9' });
    const down = await openPage(body);
    await fill(down);
    expect((await settledBadges(down, people.length + 2)).every((b) => b.className === 'badge error')).toBe(true);
    expect(new Set((await hostSizes(down)).map((s) => s.size))).toEqual(new Set([...compact, ...full]));
    await down.close();
    await product.configure();
  });

  it('do not move the page: not when they go in beside new rows, not when the answers arrive', async () => {
    const page = await openPage(`<table><tbody id="list">${row(KNOWN[0]!, 0)}</tbody></table>`);
    await settledBadges(page, 1);
    await page.evaluate(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift' });
    });
    const people = Array.from({ length: 60 }, (_, i) => (i % 3 === 2 ? `nobody.${i}@unknown.example` : KNOWN[i % KNOWN.length]!));
    // Webmail puts a page of rows in at once.
    await page.evaluate((rows) => document.getElementById('list')!.insertAdjacentHTML('beforeend', rows), people.map((e, i) => row(e, i + 1)).join(''));
    const badges = await settledBadges(page, people.length + 1);
    expect(badges.filter((b) => b.className === 'badge known').length).toBeGreaterThan(30);
    // Layout shifts are reported after the frame that had them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await page.close();
  });

  it('are never put inside the page\'s own controls, but beside them', async () => {
    const [a, b, c] = KNOWN;
    const page = await openPage(`
      <div id="compose">To:
        <button type="button" class="chip"><span email="${a}" name="A">A</span></button>
        <span role="option" class="chip"><a href="mailto:${b}">B</a></span>
        <span class="plain"><a href="mailto:${c}">C</a></span>
      </div>`);
    await settledBadges(page, 3);
    const places = await page.evaluate(() => [...document.querySelectorAll('seglens-badge')].map((host) => ({
      inControl: !!host.parentElement!.closest('button, [role=option]'),
      beside: host.previousElementSibling?.className || host.nextElementSibling?.className || '',
    })));
    expect(places).toHaveLength(3);
    expect(places.filter((p) => p.inControl)).toEqual([]);
    expect(places.filter((p) => p.beside === 'chip')).toHaveLength(2);
    await page.close();
  });
});

describe('the card', () => {
  /** The known person whose card is longest, with an offer code at its end. */
  let tallest: { email: string; code: string };
  beforeAll(async () => {
    const withCodes = [];
    for (const email of KNOWN) {
      const result = await product.lookup(email);
      if (result.offer?.code) withCodes.push({ email, code: result.offer.code as string, size: JSON.stringify(result).length });
    }
    expect(withCodes.length).toBeGreaterThan(0);
    tallest = withCodes.sort((x, y) => y.size - x.size)[0]!;
  });

  /** A page where the person's list row sits 1,000 px down, so it can be scrolled to any height in the viewport. */
  async function openRowPage(viewport: { width: number; height: number }) {
    const page = await openPage(`<div style="height: 1000px"></div><table><tbody>${row(tallest.email, 1)}</tbody></table><div style="height: 2000px"></div>`, viewport);
    await settledBadges(page, 1);
    return page;
  }

  /** Scrolls the row to `y` in the viewport, clicks its badge, and reads the card and the badge's place. */
  async function openAt(page: Page, y: number) {
    await page.evaluate((y) => window.scrollTo(0, document.querySelector('tr.row')!.getBoundingClientRect().top + window.scrollY - y), y);
    const point = await badgePoint(page, 'tr.row seglens-badge');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    return { card: (await cardLayout(page))!, badgeTop: point.y - 8, badgeBottom: point.y + 8 };
  }

  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 600 }]) {
    it(`fits a ${viewport.width}×${viewport.height} screen: below a badge near the top, above one near the bottom, scrolling inside between`, async () => {
      const page = await openRowPage(viewport);

      const nearTop = await openAt(page, 40);
      expect(within(nearTop.card.box, viewport)).toBe(true);
      expect(nearTop.card.box.top).toBeGreaterThanOrEqual(nearTop.badgeBottom);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardLayout(page)).toBeNull();

      const nearBottom = await openAt(page, viewport.height - 40);
      expect(within(nearBottom.card.box, viewport)).toBe(true);
      expect(nearBottom.card.box.bottom).toBeLessThanOrEqual(nearBottom.badgeTop);
      await page.keyboard.press('Escape');

      // In the middle there is less room either side than the card needs: it scrolls, and its offer code is reached.
      const middle = await openAt(page, viewport.height / 2);
      expect(within(middle.card.box, viewport)).toBe(true);
      expect(middle.card.scrollHeight).toBeGreaterThan(middle.card.clientHeight);
      const code = await onOpenCard(page, (card, code) => {
        card.scrollTop = card.scrollHeight;
        const shown = [...card.querySelectorAll('code')].find((c) => c.textContent === code)!.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        return shown.top >= box.top && shown.bottom <= box.bottom && shown.bottom <= window.innerHeight;
      }, tallest.code);
      expect(code).toBe(true);
      // Pinned, it follows its badge while the page scrolls, and goes once the badge is out of sight.
      await page.evaluate(() => window.scrollBy(0, 40));
      await expect.poll(async () => (await cardLayout(page))?.box.top).not.toBe(middle.card.box.top);
      await page.evaluate((by) => window.scrollBy(0, by), viewport.height);
      await expect.poll(() => cardLayout(page)).toBeNull();
      await page.close();
    });
  }

  it('fits in Persian too, right to left', async () => {
    await product.configure({ language: 'fa' });
    const viewport = { width: 1024, height: 600 };
    const page = await openRowPage(viewport);
    for (const y of [40, viewport.height / 2, viewport.height - 40]) {
      const { card } = await openAt(page, y);
      expect(card.dir).toBe('rtl');
      expect(within(card.box, viewport)).toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.close();
    await product.configure();
  });

  it('opens from the keyboard, takes focus, and gives it back on Escape', async () => {
    const page = await openPage(`<input id="search" placeholder="Search"><table><tbody>${row(KNOWN[0]!, 1)}</tbody></table>`);
    await settledBadges(page, 1);
    const focused = () => page.evaluate(() => document.activeElement?.localName ?? null);
    await page.focus('#search');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('seglens-badge');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    expect(await focused()).toBe('seglens-card');
    // A focused card scrolls with the arrow keys; Escape closes it and focus goes back to the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardLayout(page)).toBeNull();
    expect(await focused()).toBe('seglens-badge');
    await page.keyboard.press(' ');
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    await page.close();
  });

  it('closes on Escape and on a click outside it', async () => {
    const page = await openPage(`<p id="elsewhere">Elsewhere on the page</p><table><tbody>${row(KNOWN[0]!, 1)}</tbody></table>
      <script>window.pageKeys = []; document.addEventListener('keydown', (e) => window.pageKeys.push(e.key));</script>`);
    await settledBadges(page, 1);
    const point = await badgePoint(page, 'tr.row seglens-badge');
    const pageKeys = () => page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys.splice(0));

    await page.mouse.click(point.x, point.y);
    // A click inside the card, on what it shows of the person, keeps it open.
    await expect.poll(() => onOpenCard(page, (card) => card.textContent, null), { timeout: 5_000 }).toContain(KNOWN[0]);
    const inside = (await cardLayout(page))!.box;
    await page.mouse.click(inside.left + 10, inside.top + 10);
    expect(await cardLayout(page)).not.toBeNull();
    await page.click('#elsewhere');
    await expect.poll(() => cardLayout(page)).toBeNull();

    // Opened on purpose, the card takes the Escape that closes it: the page does not act on it too.
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardLayout(page)).toBeNull();
    expect(await pageKeys()).toEqual([]);

    // Opened by hovering, focus still on the page: Escape closes it all the same, and the page hears it.
    await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardLayout(page)).toBeNull();
    expect(await pageKeys()).toEqual(['Escape']);
    await page.close();
  });

  it('never covers the editor the user is typing in', async () => {
    const page = await openPage(`
      <div class="head">To: <a href="mailto:${tallest.email}">${tallest.email}</a></div>
      <div id="editor" contenteditable="true" style="height: 500px; margin: 8px; border: 1px solid #ccc">Dear customer,</div>`);
    await settledBadges(page, 1);
    await page.click('#editor');
    await page.keyboard.type(' thanks for');
    const point = await badgePoint(page, 'seglens-badge');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    const card = (await cardLayout(page))!;
    const editor = await page.locator('#editor').boundingBox();
    const editorBox = { left: editor!.x, top: editor!.y, right: editor!.x + editor!.width, bottom: editor!.y + editor!.height, width: editor!.width, height: editor!.height };
    expect(overlaps(card.box, editorBox)).toBe(false);
    expect(within(card.box, { width: 1366, height: 768 })).toBe(true);
    // Clicking the badge took no focus from the editor.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });
});

describe('a click on a badge', () => {
  it('never reaches the row around it: no mousedown, mouseup, click or double click for the list to act on', async () => {
    const page = await openPage(`<table><tbody>${row(KNOWN[0]!, 1)}</tbody></table>
      <script>
        window.rowEvents = [];
        const tr = document.querySelector('tr.row');
        for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu']) {
          tr.addEventListener(type, () => window.rowEvents.push(type));
        }
      </script>`);
    await settledBadges(page, 1);
    const events = () => page.evaluate(() => (window as unknown as { rowEvents: string[] }).rowEvents.splice(0));
    const point = await badgePoint(page, 'tr.row seglens-badge');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLayout(page), { timeout: 5_000 }).not.toBeNull();
    await page.mouse.dblclick(point.x, point.y);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    expect(await events()).toEqual([]);
    // The row still hears a click on its own text.
    await page.click('tr.row td:nth-child(2)');
    expect(await events()).toEqual(expect.arrayContaining(['mousedown', 'mouseup', 'click']));
    expect((await drawnBadges(page))[0]!.className).toBe('badge known');
    await page.close();
  });
});
