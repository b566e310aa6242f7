/**
 * Text from the database is shown, never run. Every string of the Big List of
 * Naughty Strings (big-list-of-naughty-strings, MIT) that the API takes as a
 * person's name and job title is put on a page of its own, then shown as
 * SegLens shows it: each badge, the card of every person whose text holds
 * markup or script, and the popup's list, in English and in Persian (there a
 * quarter of the cards). Their scripts would call alert(): no dialog may
 * open, and the text shows as written.
 */
import naughtyStrings from 'big-list-of-naughty-strings' with { type: 'json' };
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgePoint, drawnBadges, openCardText, settledBadges } from '../support/overlay';
import { startProduct, type Product } from '../support/product';

const SITE = 'http://crm.hostile.seglens.test/';
/** Strings that reach for markup or script: their cards are opened one by one. */
const SCRIPTED = /<|>|javascript:|on\w+\s*=|alert|eval|expression\(/i;

let product: Product;
/** The people the API took, by address, with the text they were given. */
const people: Array<{ email: string; text: string }> = [];
let refused = 0;
beforeAll(async () => {
  product = await startProduct();
  await product.configure();
  const { token: manager } = await product.repos.tokens.issue('hostile text (manager)', 'manager');
  for (const [i, text] of (naughtyStrings as string[]).entries()) {
    const email = `hostile.${i}@example.com`;
    const res = await product.call('POST', '/v1/contacts', { as: manager, body: { email, name: text, jobTitle: text } });
    // Empty or blank text, NUL and lone surrogates are refused with the field named; everything else is kept as sent.
    if (res.status === 400) refused++;
    else if (res.status === 201) people.push({ email, text: res.json.name });
    else throw new Error(`creating a person named ${JSON.stringify(text)} answered ${res.status}`);
  }
}, 180_000);
afterAll(() => product?.close());

/** Every dialog any page of the test opens: a script of the list that ran. */
const dialogs: string[] = [];
const watch = (page: Page) => page.on('dialog', (dialog) => {
  dialogs.push(`${page.url()}: ${dialog.message()}`);
  void dialog.dismiss();
});

async function openList() {
  const page = await product.openSite(SITE, `<!doctype html><meta charset="utf-8"><title>Contacts</title><table>${people.map((p, i) =>
    `<tr id="p${i}"><td><a href="mailto:${p.email}">${p.email}</a></td></tr>`).join('')}</table>`);
  watch(page);
  await settledBadges(page, people.length, 60_000);
  return page;
}

describe('hostile text from the database', () => {
  for (const language of ['en', 'fa'] as const) {
    it(`is shown as written and never run, in badges, cards and the popup (${language})`, async () => {
      expect(people.length).toBeGreaterThan(400);
      expect(refused).toBeLessThan(40);
      await product.configure({ language });
      const page = await openList();

      // Each badge names its person in its label, text as written.
      const badges = await drawnBadges(page);
      expect(badges.every((b) => b.className === 'badge known')).toBe(true);

      const scripted = people.map((p, i) => ({ ...p, i })).filter((p) => SCRIPTED.test(p.text));
      expect(scripted.length).toBeGreaterThan(150);
      // Every such card in English; in Persian, where the card is drawn the same way but right to left, every fourth.
      for (const person of scripted.filter((_, k) => language === 'en' || k % 4 === 0)) {
        const point = await badgePoint(page, `#p${person.i} seglens-badge`);
        await page.mouse.click(point.x, point.y);
        await expect.poll(() => openCardText(page), { timeout: 5_000 }).toContain(person.text.slice(0, 40));
        await page.keyboard.press('Escape');
      }

      const popup = await product.openPopup(page);
      watch(popup);
      await popup.getByTestId('people').waitFor();
      const listed = (await popup.getByTestId('people').locator('li').allTextContents()).join('\n');
      for (const person of scripted) expect(listed).toContain(person.email);

      expect(dialogs).toEqual([]);
      await popup.close();
      await page.close();
    }, 240_000);
  }
});
