/** Builds the extension when its build is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const SOURCES = ['extension', 'shared', 'wxt.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function extensionBuildIsFresh(): boolean {
  const manifest = join(CHROME_BUILD, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= built);
}

/** Returns the Chrome build's folder, building it first when needed. */
export function ensureExtensionBuild(log: (line: string) => void = console.log): string {
  if (!extensionBuildIsFresh()) {
    log('Building the extension…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return CHROME_BUILD;
}
