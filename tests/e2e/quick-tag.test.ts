/**
 * Quick tagging end to end, in Chromium with the built extension and a real
 * API: from the card, the context menu and the shortcut, each checked
 * through the API; the outbox while the API is down and across the service
 * worker's restart; changes made through the API shown on an open page and
 * after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWCASE, UNKNOWN_DEMO_EMAILS } from '../../server/demo/showcase';
import { TAGS } from '../../server/demo/vocabulary';
import { idempotentRequests } from '../../server/db/schema';
import { en } from '../../shared/i18n/en';
import type { OutboxEntry } from '../../extension/background/outbox';
import { badgePoint, drawnBadges, onOpenCard, settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

let product: Product;
let admin: string;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
  admin = (await product.repos.tokens.issue('e2e (admin)', 'admin')).token;
});
afterAll(() => product?.close());

type AppliedTag = { slug: string; sourceHost: string | null };
const tagsOf = async (email: string): Promise<AppliedTag[]> => {
  const { contactId } = await product.lookup(email);
  return (await product.call('GET', `/v1/contacts/${contactId}/tags`, { as: admin })).json.items;
};
/** A demo tag the person does not have yet. */
async function newTagFor(email: string, skip: string[] = []) {
  const had = (await tagsOf(email)).map((t) => t.slug);
  return TAGS.find((t) => !had.includes(t.slug) && !skip.includes(t.slug) && /^[A-Z]/.test(t.label))!;
}
const rowBadge = (email: string) => `tr.message-row[data-email="${email}"] seglens-badge`;
/** What the person's badge in a list row says to a screen reader: every segment and tag. */
const rowLabel = async (page: Page, email: string) => (await drawnBadges(page)).find((b) => b.context === email)?.label ?? '';

async function openDemo() {
  const page = await product.openDemo();
  await settledBadges(page, await page.locator('tr.message-row').count());
  return page;
}

/** The `data-focus` of the control focused in the open card, or '' for the card itself. */
const focusedControl = (page: Page) => onOpenCard(page, (card) => ((card.getRootNode() as ShadowRoot).activeElement as HTMLElement | null)?.dataset.focus ?? '', null);

/** Types into the card's focused tag field, as a user does, and picks the suggestion with Enter. */
async function typeTag(page: Page, label: string) {
  await expect.poll(() => focusedControl(page), { timeout: 10_000 }).toBe('tag-field');
  await page.keyboard.type(label.slice(0, 4));
  await expect.poll(() => onOpenCard(page, (card) => [...card.querySelectorAll('[role=option]')].map((o) => o.textContent), null)).toContain(label);
  await page.keyboard.press('Enter');
}

/** Clicks the open card's remove button for the tag `label`, once the card shows it: the card is drawn anew when the background answers. */
async function removeOnCard(page: Page, label: string) {
  const button = (l: string) => `button[aria-label="Remove the tag ${l}"]`;
  await expect.poll(() => onOpenCard(page, (card, selector) => card.querySelector(selector) !== null, button(label)), { timeout: 5_000 }).toBe(true);
  await onOpenCard(page, (card, selector) => card.querySelector<HTMLButtonElement>(selector)!.click(), button(label));
}

const outbox = () => product.askBackground<OutboxEntry[]>({ type: 'outbox' });

type Tab = { id: number; url?: string };
type ChromeApi = {
  tabs: { query(q: object): Promise<Tab[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: Tab): void } };
  commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>>; onCommand: { dispatch(command: string, tab: Tab): void } };
};
/** "Tag this person in SegLens…" clicked on a `mailto:` link in the active tab. Headless Chromium draws no menu: the click is dispatched to the background's listener, as Chromium does. */
const clickMenuOnLink = (email: string) => product.browser.worker.evaluate(async ({ email }) => {
  const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  chrome.contextMenus.onClicked.dispatch({ menuItemId: 'seglens-tag-person', linkUrl: `mailto:${email}`, frameId: 0, editable: false, pageUrl: tab!.url }, tab!);
}, { email });

/** The shortcut pressed in the active tab. Headless Chromium takes no browser shortcut from synthetic keys: the command is dispatched as Chromium does on the keys. */
const pressTagShortcut = () => product.browser.worker.evaluate(async () => {
  const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  chrome.commands.onCommand.dispatch('tag-person', tab!);
});

const tagShortcut = () => product.browser.worker.evaluate(async () =>
  (await (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll()).find((c) => c.name === 'tag-person')?.shortcut);

describe('tagging from the card', () => {
  it('adds a tag from the suggestions and removes it, shown at once in another tab, applied through the API', async () => {
    const person = SHOWCASE[0]!;
    const tag = await newTagFor(person.email);
    const [page, other] = [await openDemo(), await openDemo()];
    const { x, y } = await badgePoint(page, rowBadge(person.email));
    await page.mouse.click(x, y);
    await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card, { timeout: 10_000 }).toContain(en['tags.title']);
    await onOpenCard(page, (card) => card.querySelector<HTMLInputElement>('input[role=combobox]')!.focus(), null);
    await typeTag(page, tag.label);

    const host = new URL(product.api.url).host;
    await expect.poll(() => tagsOf(person.email), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ slug: tag.slug, sourceHost: host }));
    await expect.poll(() => rowLabel(other, person.email), { timeout: 5_000 }).toContain(tag.label);
    // Focus stays in the field for the next tag, through the card's redrawing.
    expect(await focusedControl(page)).toBe('tag-field');

    await removeOnCard(page, tag.label);
    await expect.poll(async () => (await tagsOf(person.email)).map((t) => t.slug), { timeout: 10_000 }).not.toContain(tag.slug);
    await expect.poll(() => rowLabel(other, person.email), { timeout: 5_000 }).not.toContain(tag.label);
    await page.close();
    await other.close();
  });

  it('makes a tag the workspace does not have, named as typed, and offers it on the next card', async () => {
    const [person, next] = [SHOWCASE[4]!, SHOWCASE[5]!];
    const label = 'Trade show 2026';
    const page = await openDemo();
    const openCard = async (email: string) => {
      const { x, y } = await badgePoint(page, rowBadge(email));
      await page.mouse.click(x, y);
      await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card, { timeout: 10_000 }).toContain(en['tags.title']);
      await onOpenCard(page, (card) => card.querySelector<HTMLInputElement>('input[role=combobox]')!.focus(), null);
    };
    const suggestions = () => onOpenCard(page, (card) => [...card.querySelectorAll('[role=option]')].map((o) => o.textContent), null);

    await openCard(person.email);
    await page.keyboard.type(label);
    await expect.poll(suggestions).toEqual([en['tags.create'].replace('{tag}', label)]);
    await page.keyboard.press('Enter');
    await expect.poll(() => tagsOf(person.email), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ slug: 'trade-show-2026' }));
    const tags = (await product.call('GET', '/v1/tags')).json.items as Array<{ slug: string; label: string }>;
    expect(tags.filter((t) => t.slug === 'trade-show-2026')).toEqual([expect.objectContaining({ label })]);
    await expect.poll(() => rowLabel(page, person.email), { timeout: 5_000 }).toContain(label);

    // Another person's card suggests it as one of the workspace's tags, before making a tag "trade".
    await page.keyboard.press('Escape');
    await openCard(next.email);
    await page.keyboard.type('trade');
    await expect.poll(suggestions, { timeout: 10_000 }).toEqual([label, en['tags.create'].replace('{tag}', 'trade')]);
    await page.close();
  });

  it('shows a viewer no tag or edit controls at all', async () => {
    const viewer = (await product.repos.tokens.issue('e2e (viewer)', 'viewer')).token;
    await product.configure({ token: viewer });
    try {
      const page = await openDemo();
      const { x, y } = await badgePoint(page, rowBadge(SHOWCASE[0]!.email));
      await page.mouse.click(x, y);
      await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card, { timeout: 10_000 }).toContain(en['card.leadScore']);
      // The card's other buttons (copy a code, open the profile) only read.
      expect(await onOpenCard(page, (card) => card.querySelectorAll('input, button.remove, button.action, .tags').length, null)).toBe(0);
      await page.close();
    } finally {
      await product.configure();
    }
  });
});

describe('a person SegLens does not know', () => {
  it('is added on the spot with the name the page shows, by a role that may write', async () => {
    await product.configure({ token: admin });
    try {
      const email = UNKNOWN_DEMO_EMAILS[0]!;
      const page = await openDemo();
      const { x, y } = await badgePoint(page, rowBadge(email));
      await page.mouse.click(x, y);
      const name = await page.locator(`tr.message-row[data-email="${email}"] span[email]`).textContent();
      await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card, { timeout: 10_000 }).toContain(en['person.add'].replace('{name}', name!));
      await onOpenCard(page, (card) => card.querySelector<HTMLButtonElement>('button.action')!.click(), null);
      await expect.poll(async () => (await product.lookup(email)).known, { timeout: 10_000 }).toBe(true);
      expect((await product.lookup(email)).name).toBe(name);
      // Its badge follows: the person is known now.
      await expect.poll(async () => (await drawnBadges(page)).find((b) => b.context === email)?.className, { timeout: 10_000 }).toBe('badge known');
      await page.close();
    } finally {
      await product.configure();
    }
  });
});

describe('tagging without the badge', () => {
  it('from the context menu on a person\'s link: the card opens at its tag field', async () => {
    const person = SHOWCASE[1]!;
    const tag = await newTagFor(person.email);
    const page = await openDemo();
    await page.bringToFront();
    await clickMenuOnLink(person.email);
    await typeTag(page, tag.label);
    await expect.poll(async () => (await tagsOf(person.email)).map((t) => t.slug), { timeout: 10_000 }).toContain(tag.slug);
    await page.close();
  });

  it('from the keyboard shortcut on the person under the pointer', async () => {
    const person = SHOWCASE[2]!;
    const tag = await newTagFor(person.email);
    expect(await tagShortcut()).toBe('Alt+Shift+G');
    const page = await openDemo();
    await page.bringToFront();
    // The name, not the badge: no card opens on hover.
    await page.locator(`tr.message-row[data-email="${person.email}"] span[email]`).hover();
    await pressTagShortcut();
    await typeTag(page, tag.label);
    await expect.poll(async () => (await tagsOf(person.email)).map((t) => t.slug), { timeout: 10_000 }).toContain(tag.slug);
    await page.close();
  });
});

describe('tagging from the popup', () => {
  /** A person the demo page lists and SegLens knows, other than those the other tests tag. */
  async function listedPerson(page: Page, nth: number) {
    const emails = await page.locator('tr.message-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.email!));
    const showcase = SHOWCASE.map((p) => p.email);
    const others = [];
    for (const email of emails) if (!showcase.includes(email) && (await product.lookup(email)).known) others.push(email);
    return await product.lookup(others[nth]!);
  }

  it('tags a person of the page\'s list, with the card\'s suggestions, applied through the API', async () => {
    const page = await openDemo();
    const person = await listedPerson(page, 0);
    const { displayName } = person;
    const tag = await newTagFor(person.email);
    const popup = await product.openPopup(page);
    await popup.getByRole('button', { name: `${en['popup.tag']}: ${displayName}` }).click();
    // The field has focus: the user types at once.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(en['tags.add']);
    await popup.keyboard.type(tag.label.slice(0, 4));
    await popup.getByRole('option', { name: tag.label, exact: true }).waitFor();
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await tagsOf(person.email)).map((t) => t.slug), { timeout: 10_000 }).toContain(tag.slug);
    await expect.poll(() => popup.locator('.person-actions .applied').textContent(), { timeout: 10_000 }).toContain(tag.label);
    // The page's badge shows it too.
    await expect.poll(() => rowLabel(page, person.email), { timeout: 5_000 }).toContain(tag.label);
    await popup.close();
    await page.close();
  });

  it('shows a change the API refuses (the role no longer may tag) until the user dismisses it, never retrying it', { timeout: 90_000 }, async () => {
    const page = await openDemo();
    const person = await listedPerson(page, 1);
    const { displayName } = person;
    const tag = await newTagFor(person.email);
    const popup = await product.openPopup(page);
    await product.stopApi();
    try {
      await popup.getByRole('button', { name: `${en['popup.tag']}: ${displayName}` }).click();
      await popup.keyboard.type(tag.label.slice(0, 4));
      await popup.getByRole('option', { name: tag.label, exact: true }).waitFor();
      await popup.keyboard.press('Enter');
      await expect.poll(async () => (await outbox()).length).toBe(1);
      // Meanwhile the extension is set to a viewer's token: the change waiting is refused when it is sent.
      await product.configure({ token: (await product.repos.tokens.issue('e2e (viewer, popup)', 'viewer')).token });
    } finally {
      await product.restartApi();
    }
    try {
      const refusal = `${en['change.refused'].replace('{reason}', en['change.forbidden'])}`;
      await expect.poll(() => popup.getByTestId('outbox').textContent(), { timeout: 60_000, interval: 500 }).toContain(refusal);
      const [entry] = await outbox();
      expect(entry?.refused).toMatchObject({ problem: 'forbidden', status: 403 });
      expect((await tagsOf(person.email)).map((t) => t.slug)).not.toContain(tag.slug);
      // Not retried: the refusal stays as it was.
      await page.waitForTimeout(2_000);
      expect((await outbox())[0]).toEqual(entry);

      await popup.getByTestId('outbox').getByRole('button', { name: en['popup.dismiss'] }).click();
      await expect.poll(async () => (await outbox()).length).toBe(0);
      await expect.poll(() => popup.getByTestId('outbox').count()).toBe(0);
    } finally {
      await product.configure();
      await popup.close();
      await page.close();
    }
  });
});

describe('the outbox', () => {
  it('keeps changes made while the API is down, across the service worker\'s restart, and applies each once when it is back', { timeout: 120_000 }, async () => {
    const person = SHOWCASE[3]!;
    const before = (await tagsOf(person.email)).map((t) => t.slug);
    const first = await newTagFor(person.email);
    const second = await newTagFor(person.email, [first.slug]);
    const keysBefore = (await product.api.db.select().from(idempotentRequests)).length;
    const [page, other] = [await openDemo(), await openDemo()];
    const { x, y } = await badgePoint(page, rowBadge(person.email));
    await page.mouse.click(x, y);
    await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card, { timeout: 10_000 }).toContain(en['tags.title']);

    await product.stopApi();
    await onOpenCard(page, (card) => card.querySelector<HTMLInputElement>('input[role=combobox]')!.focus(), null);
    // Tagged, untagged, and another tag: the untagging must not be overtaken, nor the first tag come back.
    await typeTag(page, first.label);
    await expect.poll(() => rowLabel(other, person.email), { timeout: 5_000 }).toContain(first.label);
    await removeOnCard(page, first.label);
    await expect.poll(() => focusedControl(page)).not.toBeNull();
    await onOpenCard(page, (card) => card.querySelector<HTMLInputElement>('input[role=combobox]')!.focus(), null);
    await typeTag(page, second.label);
    // Shown at once in the other tab, marked as waiting on the card.
    await expect.poll(() => rowLabel(other, person.email), { timeout: 5_000 }).toContain(second.label);
    expect(await rowLabel(other, person.email)).not.toContain(first.label);
    await expect.poll(async () => (await drawnBadges(page)).find((b) => b.card)?.card).toContain(en['tags.waiting']);
    expect((await outbox()).map((e) => e.change.kind === 'tag' && [e.change.slug, e.change.on])).toEqual([[first.slug, true], [first.slug, false], [second.slug, true]]);

    // The popup shows what waits.
    const popup = await product.browser.context.newPage();
    await popup.goto(`chrome-extension://${product.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('outbox').locator('li').count()).toBe(3);
    await popup.close();

    // The service worker stops (as Chrome stops an idle one) and starts again: the changes are still there.
    const cdp = await product.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await expect.poll(async () => (await outbox()).length, { timeout: 10_000 }).toBe(3);

    await product.restartApi();
    await expect.poll(async () => (await outbox()).length, { timeout: 90_000, interval: 1_000 }).toBe(0);
    expect((await tagsOf(person.email)).map((t) => t.slug).sort()).toEqual([...before, second.slug].sort());
    // One stored answer per change: each was applied once under its own key.
    expect((await product.api.db.select().from(idempotentRequests)).length - keysBefore).toBe(3);
    await expect.poll(() => rowLabel(other, person.email), { timeout: 10_000 }).toContain(second.label);
    await page.close();
    await other.close();
  });
});

describe('never stale', () => {
  it('shows a tag made through the API on an open page within 30 s, and after a reload at once', { timeout: 90_000 }, async () => {
    const person = SHOWCASE[4]!;
    const { contactId } = await product.lookup(person.email);
    const page = await openDemo();
    const tag = await newTagFor(person.email);
    const started = Date.now();
    expect((await product.call('PUT', `/v1/contacts/${contactId}/tags/${tag.slug}`, { as: admin, body: {} })).status).toBe(200);
    await expect.poll(() => rowLabel(page, person.email), { timeout: 30_000, interval: 500 }).toContain(tag.label);
    expect(Date.now() - started).toBeLessThan(30_000);

    expect((await product.call('DELETE', `/v1/contacts/${contactId}/tags/${tag.slug}`, { as: admin })).status).toBe(200);
    await page.reload();
    await settledBadges(page, await page.locator('tr.message-row').count());
    expect(await rowLabel(page, person.email)).not.toContain(tag.label);
    await page.close();
  });
});
