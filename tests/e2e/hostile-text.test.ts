/**
 * Text from the database is shown, never run. Every string of the Big List of
 * Naughty Strings (big-list-of-naughty-strings, MIT) that the API takes as a
 * person's name and job title, and those holding markup or script are put
 * on a page, then shown as SegLens shows them: each badge, each card, and
 * the popup's list, in English and in Persian. Their scripts would call
 * alert(): no dialog may open, and the text shows as written.
 */
import naughtyStrings from 'big-list-of-naughty-strings' with { type: 'json' };
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnBadges, openCardReader, settledBadges } from '../support/overlay';
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

/** A page listing `listed` as plain addresses, one per row, each badged once settled: the badges are all it has to tab through. */
async function openList(listed: typeof people) {
  const page = await product.openSite(SITE, `<!doctype html><meta charset="utf-8"><title>Contacts</title><table>${listed.map((p) =>
    `<tr><td>${p.email}</td></tr>`).join('')}</table>`);
  watch(page);
  await settledBadges(page, listed.length, 60_000);
  return page;
}

describe('hostile text from the database', () => {
  for (const language of ['en', 'fa'] as const) {
    it(`is shown as written and never run, in badges, cards and the popup (${language})`, async () => {
      expect(people.length).toBeGreaterThan(400);
      expect(refused).toBeLessThan(40);
      await product.configure({ language });
      const scripted = people.filter((p) => SCRIPTED.test(p.text));
      expect(scripted.length).toBeGreaterThan(150);
      const page = await openList(scripted);
      expect((await drawnBadges(page)).every((b) => b.className === 'badge known')).toBe(true);

      // Card after card, from the keyboard: Tab to the next badge, Enter opens its card, Escape closes it.
      const card = await openCardReader(page);
      for (const person of scripted) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => card.text(), { timeout: 5_000, interval: 20 }).toContain(person.text.slice(0, 40));
        await page.keyboard.press('Escape');
      }
      await card.detach();

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
