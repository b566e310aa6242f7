/** What every page pays: the content script's size, gzipped, against the 40 KB budget (no baseline run). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureExtensionBuild } from '../scripts/lib/extension-build';

const BUDGET_GZIP_BYTES = 40 * 1024;

export async function benchContentScriptSize() {
  const file = join(ensureExtensionBuild(), 'content-scripts', 'content.js');
  const source = readFileSync(file);
  const gzipBytes = gzipSync(source, { level: 9 }).length;
  return { bytes: source.length, gzipBytes, baseline: 'none: a fixed budget of 40 KB gzipped', target: `≤ ${BUDGET_GZIP_BYTES} bytes gzipped`, met: gzipBytes <= BUDGET_GZIP_BYTES };
}
