/**
 * Saves the Roundcube fixtures (tests/fixtures/roundcube/*.html) from a live
 * Roundcube seeded with the tests' mailbox: each view as the browser holds it
 * once Roundcube's script has drawn it, cut down to the markup (no styles,
 * no scripts but the marks the adapter reads, no session tokens).
 *
 *   npx tsx tests/support/roundcube/capture-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchPlain } from '../chromium';
import { MAILBOX_SEED } from './global-setup';
import { startRoundcube } from './instance';
import { logIn, openFolder, openMessage, preview, replyAll, setListMode } from './webmail';

const OUT = join(import.meta.dirname, '../../fixtures/roundcube');

/** Runs in the page: a copy of it without what the adapter does not read, the markup kept as Roundcube drew it. */
function cutDown(): string {
  const env = (window as unknown as { rcmail: { env: Record<string, unknown> } }).rcmail.env;
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const script of copy.querySelectorAll('script')) {
    const src = script.getAttribute('src') ?? '';
    if (src.includes('program/js/app.')) script.setAttribute('src', src.split('?')[0]!);
    else script.remove();
  }
  // Roundcube's own settings for the page, as its inline script passes them, with only what says where and who
  // (and, for a message being written, its compose session and the message it replies to).
  const settings = Object.fromEntries(['task', 'action', 'mailbox', 'username', 'skin', 'compose_id', 'reply_msgid'].filter((k) => k in env).map((k) => [k, env[k]]));
  const inline = document.createElement('script');
  inline.textContent = `var rcmail = new rcube_webmail();\nrcmail.set_env(${JSON.stringify(settings)});`;
  copy.querySelector('head')!.append(inline);
  const drop = 'link, style, noscript, img, meta[name], input[type="hidden"], .popupmenu, .popover, .ui-dialog, #messagestack, #layout-menu, #headers-menu, #compose-options, .voice';
  for (const el of copy.querySelectorAll(drop)) el.remove();
  for (const el of copy.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) if (name.startsWith('on') || name === 'data-original-title') el.removeAttribute(name);
  }
  // A saved page loads no frame (an empty srcdoc): the preview pane's document is saved on its own.
  for (const frame of copy.querySelectorAll('iframe')) {
    frame.removeAttribute('src');
    frame.setAttribute('srcdoc', '');
  }
  return `<!DOCTYPE html>\n${copy.outerHTML}\n`;
}

async function save(name: string, where: Page | Frame) {
  writeFileSync(join(OUT, `${name}.html`), await where.evaluate(cutDown));
  console.log(`saved tests/fixtures/roundcube/${name}.html`);
}

const elastic = await startRoundcube({ seedDir: MAILBOX_SEED, log: console.log });
const larry = await startRoundcube({ seedDir: MAILBOX_SEED, skin: 'larry' });
const browser = await launchPlain();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, elastic.url);
  // The preview first: selecting a message marks it in the list.
  await save('preview', await preview(page, 'Quarterly logistics review'));
  await page.reload();
  await page.locator('#messagelist tbody tr[id^="rcmrow"]').first().waitFor();
  await save('inbox', page);
  await setListMode(page, 'threads');
  await save('threads', page);
  await setListMode(page, 'list');
  await openFolder(page, 'sent');
  await save('sent', page);
  await openFolder(page, 'inbox');
  await openMessage(page, 'قرارداد پخش سال جدید');
  await save('message', page);
  await page.goto(`${elastic.url}?_task=mail&_mbox=INBOX`);
  await page.locator('#messagelist tbody tr[id^="rcmrow"]').first().waitFor();
  await openMessage(page, 'Quarterly logistics review');
  await replyAll(page);
  await save('compose', page);

  // Larry, at another host name so that each keeps its own session cookie.
  await logIn(page, larry.url.replace('127.0.0.1', 'localhost'));
  await save('larry-preview', await preview(page, 'Quarterly logistics review'));
  await page.reload();
  await page.locator('#messagelist tbody tr[id^="rcmrow"]').first().waitFor();
  await save('larry-inbox', page);
  await openMessage(page, 'قرارداد پخش سال جدید');
  await save('larry-message', page);
} finally {
  await browser.close();
  elastic.stop();
  larry.stop();
}
