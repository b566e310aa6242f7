/**
 * Each site's saved pages, served at the site's own address so the extension
 * takes them for the site: badges where that site shows people, counted per
 * place, none for the signed-in user, none inside the site's own controls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { drawnBadges, settledBadges, toneBannerDismissPoint, toneBanners } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

let product: Product;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
});
afterAll(() => product?.close());

const fixture = (site: string, page: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', site, `${page}.html`), 'utf8');

const open = (url: string, html: string) => product.openSite(url, html);

const count = (page: Page, selector: string) => page.locator(selector).count();

/** Waits for `expected` settled badges, then checks no more come. */
async function badges(page: Page, expected: number) {
  const drawn = await settledBadges(page, expected);
  expect(drawn).toHaveLength(expected);
  return drawn;
}

/**
 * A reply to James (angry) being written on the page: the tone banner names
 * him, how to open and what to avoid, and stands above the editor, clear of
 * it while the user types; dismissed, it stays so when the page is loaded
 * again. `badgeCount` badges are on the page once it has settled.
 */
async function expectToneBanner(page: Page, editorSelector: string, badgeCount: number) {
  const james = await product.lookup('james.whitfield@example.com');
  await expect.poll(async () => (await toneBanners(page)).map((b) => b.who)).toEqual([james.displayName]);
  const [banner] = await toneBanners(page);
  expect(banner!.dir).toBe('ltr');
  expect(banner!.text).toContain(en['tone.customer'].replace('{segment}', en['satisfaction.angry']));
  expect(banner!.text).toContain(`${en['tone.open']}: ${james.satisfaction.tone.open.en}`);
  expect(banner!.text).toContain(`${en['tone.avoid']}: ${james.satisfaction.tone.avoid.en}`);

  const editor = page.locator(editorSelector);
  await editor.click();
  await page.keyboard.type(' Sorry for the trouble.');
  const bannerBox = (await page.locator('seglens-tone').boundingBox())!;
  const editorBox = (await editor.boundingBox())!;
  expect(bannerBox.height).toBeGreaterThan(30);
  expect(bannerBox.y + bannerBox.height, JSON.stringify({ bannerBox, editorBox })).toBeLessThanOrEqual(editorBox.y);
  expect(bannerBox.x).toBeGreaterThanOrEqual(editorBox.x - 1);
  expect(bannerBox.x + bannerBox.width).toBeLessThanOrEqual(editorBox.x + editorBox.width + 1);

  const { x, y } = await toneBannerDismissPoint(page);
  await page.mouse.click(x, y);
  await expect.poll(() => count(page, 'seglens-tone')).toBe(0);
  expect(await editor.textContent()).toContain('Sorry for the trouble.');
  await page.reload();
  await settledBadges(page, badgeCount);
  await page.waitForTimeout(1_500);
  expect(await toneBanners(page)).toEqual([]);
}

describe('Outlook on the web', () => {
  it('badges the sender of every row of the message list, inside its row', async () => {
    const page = await open('https://outlook.live.com/mail/0/', fixture('outlook', 'inbox'));
    const rows = await count(page, '[data-app-section="MessageList"] [role="option"][data-convid]');
    const drawn = await badges(page, rows);
    expect(await count(page, '[role="option"][data-convid] seglens-badge + span[title*="@"]')).toBe(rows);
    expect(drawn.filter((b) => b.after === 'سارا رضایی').map((b) => b.className.includes('known'))).toEqual([true]);
    expect(drawn.filter((b) => b.className.includes('unknown')).map((b) => b.after)).toEqual(['Priya Nair', 'stranger@example.net']);
    await page.close();
  });

  it('badges the open message\'s sender, To and Cc beside each, and addresses in its body; not the user\'s own "You"', async () => {
    const page = await open('https://outlook.office.com/mail/inbox/id/AAQkAGI', fixture('outlook', 'read'));
    // Three list rows, the sender, one To, two Cc, two addresses in the body.
    await badges(page, 3 + 1 + 1 + 2 + 2);
    expect(await count(page, '[aria-label^="From:"] + seglens-badge')).toBe(1);
    expect(await count(page, '[data-testid="RecipientWell"] ._EType_RECIPIENT_ENTITY + seglens-badge')).toBe(3);
    expect(await count(page, '._EType_RECIPIENT_ENTITY seglens-badge')).toBe(0);
    expect(await count(page, '#UniqueMessageBody_2 seglens-badge')).toBe(2);
    await page.close();
  });

  it('badges the recipients of a message being written beside their field, never inside it', async () => {
    const page = await open('https://outlook.office365.com/mail/deeplink/compose', fixture('outlook', 'compose'));
    // Three list rows; To: two recipients; Cc: one (the user's own address is not badged).
    await badges(page, 3 + 2 + 1);
    expect(await count(page, '[contenteditable="true"] seglens-badge')).toBe(0);
    expect(await count(page, '[role="textbox"][aria-label="To"] ~ seglens-badge')).toBe(2);
    expect(await count(page, '[role="textbox"][aria-label="Cc"] ~ seglens-badge')).toBe(1);
    // The user removes a recipient: its badge, beside the field rather than beside it, goes too.
    await page.evaluate(() => document.querySelector('[aria-label="To"] ._EType_RECIPIENT_ENTITY[aria-label="james.whitfield@example.com"]')!.remove());
    await expect.poll(async () => (await drawnBadges(page)).length).toBe(3 + 1 + 1);
    expect(await count(page, '[role="textbox"][aria-label="To"] ~ seglens-badge')).toBe(1);
    await page.close();
  });

  it('shows the tone to take above the body of a message to an angry customer, clear of it; hidden in its conversation once dismissed', async () => {
    const page = await open('https://outlook.office365.com/mail/inbox/id/AAQkADAwATM0', fixture('outlook', 'compose'));
    await expectToneBanner(page, '[id^="editorParent_"] > [role="textbox"]', 3 + 2 + 1);
    await page.close();
  });
});

describe('Gmail', () => {
  it('badges each recipient chip of a reply beside the chip, not the user in Bcc', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMxJGqLtSxNnmBkRvnCfDGmh', fixture('gmail', 'compose'));
    const chips = await count(page, '.anm [role=option][data-hovercard-id]:not([data-hovercard-id="sales@example.org"])');
    expect(chips).toBe(4);
    const drawn = await settledBadges(page, chips + 1);
    expect(await count(page, '.anm [role=option] + seglens-badge')).toBe(chips);
    expect(await count(page, '.anm [role=option] seglens-badge, .anm input ~ seglens-badge')).toBe(0);
    expect(await count(page, '[data-hovercard-id="sales@example.org"] + seglens-badge')).toBe(0);
    expect(drawn.every((b) => !b.className.includes('error'))).toBe(true);
    await page.close();
  });

  it('shows the tone to take above the body of a reply to an angry customer, clear of it; hidden in its thread once dismissed', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMxJGqLtSxNnmBkRvnCfDGmh', fixture('gmail', 'compose'));
    await expectToneBanner(page, 'div[g_editable="true"][role="textbox"]', 4);
    await page.close();
  });

  it('keeps the list and the conversation badged once each across Gmail\'s navigation', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox', fixture('gmail', 'inbox'));
    const listPeople = 'tr.zA .yW span[email]:not([email="sales@example.org"])';
    const inList = await count(page, listPeople);
    await badges(page, inList);

    // Gmail re-renders a row by replacing its cells' contents (a new message in the thread).
    await page.evaluate(() => {
      const cell = document.querySelector('tr.zA .yW')!.closest('td')!;
      const fresh = cell.cloneNode(true) as Element;
      fresh.querySelectorAll('seglens-badge').forEach((b) => b.remove());
      cell.replaceChildren(...fresh.childNodes);
    });
    await badges(page, inList);
    expect(await count(page, 'tr.zA .yW seglens-badge + span[email]')).toBe(inList);

    // Opening a thread: Gmail hides the list and adds the conversation view.
    const conversation = fixture('gmail', 'thread');
    await page.evaluate((html) => {
      const view = new DOMParser().parseFromString(html, 'text/html').querySelector('div[role=list]')!;
      for (const el of document.querySelectorAll<HTMLElement>('div[role=tabpanel]')) el.style.display = 'none';
      const holder = document.createElement('div');
      holder.id = 'opened-thread';
      holder.append(document.importNode(view, true));
      document.querySelector('div[role=main]')!.append(holder);
    }, conversation);
    const inThread = await count(page, '#opened-thread div.adn span.gD[email]:not([email="sales@example.org"]), #opened-thread div.adn span.hb span.g2[email]:not([email="sales@example.org"])');
    expect(inThread).toBeGreaterThan(0);
    await settledBadges(page, inList + inThread);
    expect(await count(page, '#opened-thread div.adn span[email] + seglens-badge')).toBe(inThread);

    // Back to the list: the conversation goes, the list shows again, unchanged.
    await page.evaluate(() => {
      document.querySelector('#opened-thread')!.remove();
      for (const el of document.querySelectorAll<HTMLElement>('div[role=tabpanel]')) el.style.display = '';
    });
    await badges(page, inList);

    // Another folder: Gmail puts new rows in place of the old ones.
    await page.evaluate(() => {
      const body = document.querySelector('tr.zA')!.parentElement!;
      const rows = [...body.querySelectorAll('tr.zA')].reverse().map((row) => row.cloneNode(true) as Element);
      for (const row of rows) row.querySelectorAll('seglens-badge').forEach((b) => b.remove());
      body.replaceChildren(...rows);
    });
    await badges(page, inList);
    expect(await count(page, 'tr.zA .yW seglens-badge + span[email]')).toBe(inList);
    await page.close();
  });
});

describe('CRM records', () => {
  it('HubSpot: beside the contact\'s name and its email property, never inside the property\'s input', async () => {
    const page = await open('https://app.hubspot.com/contacts/24680135/record/0-1/101', fixture('hubspot', 'contact'));
    // Name, email property; the timeline's two mentions.
    const drawn = await badges(page, 2 + 2);
    expect(await count(page, '[data-selenium-test="highlightTitle"] + seglens-badge')).toBe(1);
    expect(await count(page, '[data-selenium-test="property-input-email"] + seglens-badge')).toBe(1);
    expect(await count(page, '[data-selenium-test="property-input-email"] seglens-badge')).toBe(0);
    const sara = await product.lookup('sara.rezaei@example.com');
    expect(drawn.filter((b) => b.className.includes('known') && !b.className.includes('unknown')).map((b) => b.text)).toEqual(
      expect.arrayContaining([expect.stringContaining(String(sara.leadScore.score))]),
    );
    await page.close();
  });

  it('Salesforce: beside a contact\'s name and each email field, not the header\'s copy', async () => {
    const page = await open('https://acme.lightning.force.com/lightning/r/Contact/0035j00000AbCdEAAV/view', fixture('salesforce', 'contact'));
    // Name, Email, Work Email; the activity's mention.
    await badges(page, 3 + 1);
    expect(await count(page, 'records-highlights2 [slot="primaryField"] + seglens-badge')).toBe(1);
    expect(await count(page, 'records-record-layout-item a.emailuiFormattedEmail + seglens-badge')).toBe(2);
    expect(await count(page, 'records-highlights-details-item seglens-badge')).toBe(0);
    await page.close();
  });

  it('Salesforce: a lead with a Persian name', async () => {
    const page = await open('https://acme.my.salesforce.com/lightning/r/Lead/00Q5j00000XyZaAAK/view', fixture('salesforce', 'lead'));
    const drawn = await badges(page, 2);
    expect(drawn.map((b) => /\bknown\b/.test(b.className))).toEqual([true, true]);
    expect(await count(page, 'records-highlights2 [slot="primaryField"] + seglens-badge')).toBe(1);
    await page.close();
  });

  it('Pipedrive: beside the person\'s name and each address of their details', async () => {
    const page = await open('https://acme.pipedrive.com/person/118', fixture('pipedrive', 'person'));
    // Name, two addresses; the history's three mentions.
    await badges(page, 3 + 3);
    expect(await count(page, '[data-testid="header-title"] + seglens-badge')).toBe(1);
    expect(await count(page, '.details a[href^="mailto:"] + seglens-badge')).toBe(2);
    await page.close();
  });
});
