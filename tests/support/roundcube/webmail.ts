/**
 * Using the live Roundcube (instance.ts) in Chromium the way a user does:
 * logging in, changing folders and the list mode, reading a message in the
 * preview pane or opened full, replying to its sender or to all. In the elastic skin; logging
 * in, the preview and opening a message work in larry too.
 */
import type { Frame, Page } from 'playwright-core';
import { ROUNDCUBE_PASSWORD, ROUNDCUBE_USER } from './instance';

const ROWS = '#messagelist tbody tr[id^="rcmrow"]';

/** Waits until Roundcube has no request running (a folder or list mode change reloads the list). */
async function idle(page: Page) {
  await page.waitForFunction(() => {
    const rcmail = (window as unknown as { rcmail?: { busy: boolean } }).rcmail;
    return rcmail !== undefined && !rcmail.busy;
  });
}

/** Logs in from the login page; resolves with the INBOX listed. */
export async function logIn(page: Page, url: string) {
  await page.goto(url);
  await page.fill('#rcmloginuser', ROUNDCUBE_USER);
  await page.fill('#rcmloginpwd', ROUNDCUBE_PASSWORD);
  await page.click('#rcmloginsubmit');
  await page.locator(ROWS).first().waitFor();
  await idle(page);
}

/** Opens a folder from the folder list (`inbox`, `sent`… as Roundcube classes them). */
export async function openFolder(page: Page, folder: 'inbox' | 'sent') {
  await page.click(`#mailboxlist li.mailbox.${folder} > a`);
  await page.locator(`#mailboxlist li.mailbox.${folder}.selected`).waitFor();
  await idle(page);
  await page.locator(ROWS).first().waitFor();
}

/** Switches the list between messages and threads, in the list options dialog. */
export async function setListMode(page: Page, mode: 'list' | 'threads') {
  await page.click('#listmenulink');
  const dialog = page.getByRole('dialog', { name: 'List options' });
  await dialog.getByLabel('List mode').selectOption(mode);
  await dialog.locator('button.save').click();
  await idle(page);
}

/** The list rows a user sees (a collapsed thread's replies are hidden). */
export const visibleRows = (page: Page) => page.locator(`${ROWS}:visible`);

/** Clicks a row by its subject and waits for the message in the preview pane. */
export async function preview(page: Page, subject: string): Promise<Frame> {
  await page.locator(ROWS, { hasText: subject }).locator('td.subject span.subject').click();
  const frame = page.frameLocator('#messagecontframe');
  await frame.locator(':is(#message-header, #messageheader) .subject', { hasText: subject }).waitFor();
  return page.frame({ name: 'messagecontframe' })!;
}

/** Opens a message full by double-clicking its row, and shows all its headers (To, Cc, Reply-To; larry shows them always). */
export async function openMessage(page: Page, subject: string) {
  await page.locator(ROWS, { hasText: subject }).locator('td.subject span.subject').dblclick();
  await page.waitForURL(/_action=show/);
  // Elastic remembers the choice in the browser and applies it once the page is ready: the details may show already.
  await page.waitForLoadState('load');
  if (await page.locator('#messageheader').count()) return;
  const details = page.locator('#message-header table.header-headers');
  if (!(await details.isVisible())) await page.locator('#message-header a.headers-details').click();
  await details.waitFor();
}

/** From a message opened full, replies to all; resolves with the compose form showing its recipients. */
export const replyAll = (page: Page) => replyWith(page, 'a.reply-all');

/** From a message opened full, replies to its sender; resolves with the compose form showing the recipient. */
export const reply = (page: Page) => replyWith(page, 'a.reply');

async function replyWith(page: Page, button: string) {
  await page.locator(`#toolbar-menu ${button}`).click();
  await page.locator('body.action-compose ul.recipient-input li.recipient').first().waitFor();
  await idle(page);
}
