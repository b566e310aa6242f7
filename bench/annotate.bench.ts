/**
 * The overlay's cost on a page: 1,000 people added to a page, annotated by the
 * extension, against a bare DOM pass that puts a plain shadow-root badge
 * after each of them — both measured as main-thread busy time (Chromium's
 * TaskDuration) in the same browser. Targets: ≤ 2× the bare pass, and no
 * main-thread task over 50 ms.
 */
import type { CDPSession, Page } from 'playwright-core';
import { settledBadges } from '../tests/support/overlay';
import { startProduct } from '../tests/support/product';

const PEOPLE = 1000;

/** The page: an empty list the people are then added to, as webmail adds rows. */
const PAGE = '<!doctype html><meta charset="utf-8"><title>1,000 people</title><table><tbody id="people"></tbody></table>';

async function busySeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics') as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

async function openEmpty(page: Page) {
  await page.route('http://bench.seglens.test/**', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto('http://bench.seglens.test/');
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(300);
  return cdp;
}

/** Adds the people's rows in one go; with `bare`, also the bare pass over them. */
const addPeople = (page: Page, emails: string[], bare: boolean) => page.evaluate(({ emails, bare }) => {
  const body = document.getElementById('people')!;
  for (const email of emails) {
    const link = Object.assign(document.createElement('a'), { href: `mailto:${email}`, textContent: email.split('@')[0] });
    (body as HTMLTableSectionElement).insertRow().insertCell().append(link);
  }
  if (!bare) return;
  for (const link of document.querySelectorAll('a[href^="mailto:"]')) {
    const host = document.createElement('span');
    const badge = document.createElement('span');
    badge.textContent = 'Champion 42';
    host.attachShadow({ mode: 'closed' }).append(badge);
    link.after(host);
  }
}, { emails, bare });

export async function benchAnnotate() {
  const product = await startProduct();
  try {
    await product.configure();
    const emails = (await product.repos.contacts.list({ limit: PEOPLE })).items.map((c) => c.email);

    // The bare pass runs where the extension is not looking: its page has no people until the pass, and the badges
    // it adds are plain spans the content script ignores, so this measures the page's own work only.
    const barePage = await product.browser.context.newPage();
    const bareCdp = await openEmpty(barePage);
    const bareStart = await busySeconds(bareCdp);
    await addPeople(barePage, emails, true);
    await barePage.waitForTimeout(1000);
    const bareBusy = (await busySeconds(bareCdp)) - bareStart;
    const bareLongTasks = await barePage.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await barePage.close();

    const page = await product.browser.context.newPage();
    const cdp = await openEmpty(page);
    const start = await busySeconds(cdp);
    await addPeople(page, emails, false);
    await settledBadges(page, PEOPLE, 60_000);
    await page.waitForTimeout(1000);
    const ourBusy = (await busySeconds(cdp)) - start;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await page.close();

    return {
      people: PEOPLE,
      bareBusyMs: Math.round(bareBusy * 1000),
      annotateBusyMs: Math.round(ourBusy * 1000),
      ratio: +(ourBusy / bareBusy).toFixed(2),
      target: '≤ 2',
      // The page's own insertion of 1,000 rows is one task in both runs; compare the two.
      longTasksMs: longTasks,
      bareLongTasksMs: bareLongTasks,
    };
  } finally {
    await product.close();
  }
}
