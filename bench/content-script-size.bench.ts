/** What every page pays: the content script's size, gzipped, against the 40 KB budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureExtensionBuild } from '../scripts/lib/extension-build';

export async function benchContentScriptSize() {
  const file = join(ensureExtensionBuild(), 'content-scripts', 'content.js');
  const source = readFileSync(file);
  return { bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length, budgetGzipBytes: 40 * 1024 };
}
