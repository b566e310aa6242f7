/**
 * `npm run screenshot`: the README's picture of the overlay, taken from the
 * real product — the demo inbox in Chromium with the built extension, one card open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHOWCASE } from '../server/demo/showcase';
import { badgePoint, settledBadges } from '../tests/support/overlay';
import { startProduct } from '../tests/support/product';
import { ensureTestExtensionBuild, ROOT } from './lib/extension-build';

const out = join(ROOT, 'docs', 'overlay.png');
// The product as the tests run it: the tests' build, with the demo's site granted.
ensureTestExtensionBuild();
const product = await startProduct();
try {
  await product.configure();
  const page = await product.openDemo();
  await page.setViewportSize({ width: 1280, height: 760 });
  await settledBadges(page, await page.locator('tr.message-row').count());
  const featured = SHOWCASE.find((p) => p.expect.valueTier === 'gold') ?? SHOWCASE[0]!;
  const { x, y } = await badgePoint(page, `tr.message-row[data-email="${featured.email}"] seglens-badge`);
  await page.mouse.click(x, y);
  await page.waitForTimeout(300);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await product.close();
}
