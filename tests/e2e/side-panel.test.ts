/**
 * The side panel end to end: the built extension in Chromium against the demo
 * API. The panel is opened the ways a user opens it (a card's button, the
 * popup) and, to read it as a page, at sidepanel.html?email=… in a tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatPercent } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { profileEn } from '../../shared/i18n/profile-en';
import { profileFa } from '../../shared/i18n/profile-fa';
import { badgePoint, onOpenCard } from '../support/overlay';
import { startProduct, type Product } from '../support/product';
import { inSidePanel } from '../support/side-panel';

let product: Product;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
});
afterAll(() => product?.close());

const SARA = 'sara.rezaei@example.com';
const OLIVIA = 'olivia.bennett@example.org';

type Entry = { kind: string; at: string };
/** The API's own answers, asked with the product's token. */
async function api<T>(path: string, token = product.token, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${product.api.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  return res.json() as Promise<T>;
}
async function wholeTimeline(id: number): Promise<Entry[]> {
  const all: Entry[] = [];
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: { items: Entry[]; nextCursor: string | null } = await api(`/v1/contacts/${id}/timeline?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  }
  return all;
}

async function openPanelInTab(email: string): Promise<Page> {
  const page = await product.browser.context.newPage();
  await page.goto(`chrome-extension://${product.browser.extensionId}/sidepanel.html?email=${encodeURIComponent(email)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** The extension's APIs, as the service worker sees them. */
type ExtensionApis = { chrome: { windows: { getAll(): Promise<Array<{ id?: number }>> }; sidePanel: { close(o: { windowId: number }): Promise<void> }; tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('the side panel of a known person', () => {
  it('shows every dimension, grouped, and the timeline a page at a time', async () => {
    const sara = await product.lookup(SARA);
    const page = await openPanelInTab(SARA);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(sara.displayName);
    for (const key of ['identity', 'company', 'segmentsAndTags', 'rfm', 'lead', 'satisfaction', 'value', 'lifecycle', 'funnel', 'occasions', 'preferences', 'sell', 'group', 'offer', 'timeline'] as const) {
      await expect.poll(() => region(page, profileEn[`panel.${key}`]).count(), { timeout: 2_000 }).toBe(1);
    }
    expect(await region(page, profileEn['panel.identity']).textContent()).toContain('مدیر پژوهش و توسعه');
    expect(await region(page, profileEn['panel.company']).textContent()).toContain('داروسازی آریا');
    expect(await region(page, profileEn['panel.segmentsAndTags']).textContent()).toContain(en['rfm.champions']);
    expect(await region(page, profileEn['panel.rfm']).textContent()).toContain(`${sara.rfm.r}/5`);
    // Every contribution to the lead score, not the card's top three.
    expect(await page.getByTestId('contributions').locator('li').count()).toBe(sara.leadScore.reasons.length);
    expect(sara.leadScore.reasons.length).toBeGreaterThan(3);
    expect(await page.getByTestId('surveys').textContent()).toContain('پشتیبانی فوق‌العاده بود');
    const value = (await region(page, profileEn['panel.value']).textContent())!;
    expect(value).toContain(profileEn['panel.alive']);
    if (sara.lifetimeValue.probabilityAlive !== null) expect(value).toContain(formatPercent(sara.lifetimeValue.probabilityAlive, 'en'));
    const funnel = (await region(page, profileEn['panel.funnel']).textContent())!;
    expect(funnel).toContain('تمدید قرارداد سازمانی');
    for (const stage of ['intro', 'formal_proposal', 'negotiation', 'contract_signed'] as const) expect(funnel).toContain(en[`funnel.${stage}`]);
    expect(funnel).toContain(en['card.daysInStage.other'].replace('{count}', '15'));
    expect(await region(page, profileEn['panel.preferences']).textContent()).toContain(profileEn['priceReaction.quality_seeking']);

    // The timeline: the API's entries in its order, 25 at a time.
    const entries = await wholeTimeline(sara.contactId);
    expect(entries.length).toBeGreaterThan(25);
    const shown = page.getByTestId('timeline').locator('li');
    await expect.poll(() => shown.count()).toBe(25);
    expect(await shown.first().locator('time').getAttribute('datetime')).toBe(entries[0]!.at);
    while (await page.getByRole('button', { name: profileEn['panel.more'] }).count()) {
      const before = await shown.count();
      await page.getByRole('button', { name: profileEn['panel.more'] }).click();
      await expect.poll(() => shown.count()).toBeGreaterThan(before);
    }
    expect(await shown.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(entries.map((e) => e.at));
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['deal_stage', 'event', 'order', 'survey', 'tag']);
    expect(await page.getByTestId('timeline').textContent()).toContain(profileEn['timeline.tag'].replace('{label}', 'VIP'));
    await page.close();
  });

  it('is in Persian, right to left, with Solar Hijri dates', async () => {
    await product.configure({ language: 'fa' });
    try {
      const sara = await product.lookup(SARA);
      const page = await openPanelInTab(SARA);
      await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
      await region(page, profileFa['panel.lead']).waitFor();
      const first = (await wholeTimeline(sara.contactId))[0]!;
      const time = page.getByTestId('timeline').locator('li time').first();
      await time.waitFor();
      expect(await time.textContent()).toBe(formatDate(first.at, 'fa'));
      expect(await time.textContent()).toMatch(/[۰-۹]{4}/);
      expect(await page.getByRole('heading', { level: 2, name: profileFa['panel.timeline'] }).count()).toBe(1);
      await page.close();
    } finally {
      await product.configure({ language: 'en' });
    }
  });
});

describe('editing the profile', () => {
  it('is not offered to a role that may not write', async () => {
    const page = await openPanelInTab(OLIVIA);
    await page.getByText(profileEn['panel.readOnly'].replace('{role}', 'sales')).waitFor();
    expect(await page.getByRole('button', { name: profileEn['panel.edit'] }).count()).toBe(0);
    await page.close();
  });

  it('changes the fields a manager may edit, with the API\'s reason beside the field it refuses', async () => {
    const { token } = await product.repos.tokens.issue('e2e (manager)', 'manager');
    await product.configure({ token });
    try {
      const olivia = await product.lookup(OLIVIA);
      const before = await api<{ jobTitle: string | null; phone: string | null }>(`/v1/contacts/${olivia.contactId}`, token);
      const page = await openPanelInTab(OLIVIA);
      await page.getByRole('button', { name: profileEn['panel.edit'] }).click();
      await page.getByLabel(profileEn['field.jobTitle'], { exact: true }).fill('Head of Operations');
      await page.getByLabel(profileEn['field.phone'], { exact: true }).fill('call me maybe');
      await page.getByRole('button', { name: profileEn['panel.save'] }).click();

      const phoneError = page.locator('#field-phone-error');
      await phoneError.waitFor();
      expect(await phoneError.textContent()).toBe('must be a phone number');
      expect(await page.locator('.field-error').count()).toBe(1);
      // Refused whole: nothing was written.
      expect(await api(`/v1/contacts/${olivia.contactId}`, token)).toMatchObject(before);

      await page.getByLabel(profileEn['field.phone'], { exact: true }).fill('+44 20 7946 0958');
      await page.getByRole('button', { name: profileEn['panel.save'] }).click();
      await page.getByText(profileEn['panel.saved']).waitFor();
      expect(await api(`/v1/contacts/${olivia.contactId}`, token)).toMatchObject({ jobTitle: 'Head of Operations', phone: '+44 20 7946 0958' });
      await expect.poll(() => region(page, profileEn['panel.identity']).textContent()).toContain('Head of Operations');
      await page.close();
    } finally {
      await product.configure();
    }
  });
});

describe('opening the side panel', () => {
  /** The name the open side panel shows, or null when it is closed. */
  const panelPerson = (via: Page) => inSidePanel<string>(via, product.browser.extensionId, 'document.querySelector("h1")?.textContent ?? ""');
  const closePanel = () => product.browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionApis;
    const [window] = await chrome.windows.getAll();
    await chrome.sidePanel.close({ windowId: window!.id! });
  });

  it('opens from a card\'s Open profile button, on that person', async () => {
    const sara = await product.lookup(SARA);
    const page = await product.openDemo();
    const host = `tr.message-row[data-email="${SARA}"] seglens-badge`;
    await page.locator(host).first().waitFor();
    expect(await panelPerson(page)).toBeNull();
    const badge = await badgePoint(page, host);
    await page.mouse.click(badge.x, badge.y);
    await expect.poll(() => onOpenCard(page, (card) => card.querySelector('button.open-profile')?.textContent ?? null, null)).toBe(en['card.openProfile']);
    const button = await onOpenCard(page, (card) => {
      const b = card.querySelector('button.open-profile')!;
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, null);
    // A real click: Chrome opens a side panel only during a user action, here carried by the message to the background.
    await page.mouse.click(button!.x, button!.y);
    await expect.poll(() => panelPerson(page), { timeout: 5_000 }).toBe(sara.displayName);
    await closePanel();
    await page.close();
  });

  it('opens from the popup\'s Profile button, and follows the person in focus', async () => {
    const olivia = await product.lookup(OLIVIA);
    const page = await product.openDemo();
    await page.locator('tr.message-row seglens-badge').first().waitFor();
    await expect.poll(() => panelPerson(page)).toBeNull();
    const popup = await product.openPopup(page);
    await popup.getByRole('button', { name: `${en['popup.profile']}: ${olivia.displayName}` }).click();
    await expect.poll(() => panelPerson(page), { timeout: 5_000 }).toBe(olivia.displayName);

    // Opening another person's card moves the focus: the open panel follows.
    const sara = await product.lookup(SARA);
    const badge = await badgePoint(page, `tr.message-row[data-email="${SARA}"] seglens-badge`);
    await page.bringToFront();
    await page.mouse.click(badge.x, badge.y);
    await expect.poll(() => panelPerson(page), { timeout: 5_000 }).toBe(sara.displayName);
    await closePanel();
    await popup.close();
    await page.close();
  });
});
