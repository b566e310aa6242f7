/**
 * The API reference at /docs works in Chromium under its content security
 * policy: every operation listed, nothing loaded from another origin, no
 * inline script, no violation reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api-server';
import { launchPlain, type PlainBrowser } from '../support/chromium';

let api: TestApi;
let browser: PlainBrowser;
beforeAll(async () => {
  [api, browser] = await Promise.all([startTestApi(), launchPlain()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the API reference', () => {
  it('lists every operation from the server itself, under a policy it never breaks', async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    const complaints: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.exposeFunction('reportViolation', (what: string) => { complaints.push(what); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (what: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${api.url}/docs`);
    await page.getByText('Who these addresses are', { exact: false }).first().waitFor();

    const reference = (await api.call('GET', '/openapi.json', { as: null })).json as { paths: Record<string, object> };
    const operations = Object.values(reference.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(await page.locator('.opblock').count()).toBe(operations);
    expect(requested.filter((url) => !url.startsWith(`${api.url}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(complaints).toEqual([]);
    await page.close();
  });
});
