/** Builds the extension when its build is missing or older than its sources; derives the tests' build from it. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/**
 * The tests' copy of the Chrome build, never shipped: the same files, with a
 * manifest that grants at install the hosts the shipped one asks for when a
 * site is enabled, since headless Chromium cannot answer a permission prompt.
 * Sites still run SegLens only once enabled: the content script is registered per site.
 */
export const CHROME_TEST_BUILD = join(ROOT, '.output/test-chrome-mv3');
const SOURCES = ['extension', 'shared', 'wxt.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const manifestTime = (build: string) => {
  const manifest = join(build, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : -Infinity;
};

type Browser = 'chrome' | 'firefox';
const BUILDS: Record<Browser, string> = { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD };

export function extensionBuildIsFresh(browser: Browser = 'chrome'): boolean {
  const built = manifestTime(BUILDS[browser]);
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= built);
}

/** Returns the browser's build folder (Chrome's unless told), building it first when needed. */
export function ensureExtensionBuild(log: (line: string) => void = console.log, browser: Browser = 'chrome'): string {
  if (!extensionBuildIsFresh(browser)) {
    log(`Building the extension (${browser})…`);
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', browser], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return BUILDS[browser];
}

/** Returns the tests' build's folder, copied anew from a fresh Chrome build when that is newer. */
export function ensureTestExtensionBuild(log: (line: string) => void = console.log): string {
  ensureExtensionBuild(log);
  if (manifestTime(CHROME_TEST_BUILD) >= manifestTime(CHROME_BUILD)) return CHROME_TEST_BUILD;
  const next = `${CHROME_TEST_BUILD}.${process.pid}`;
  cpSync(CHROME_BUILD, next, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(next, 'manifest.json'), 'utf8')) as { optional_host_permissions?: string[]; host_permissions?: string[] };
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(join(next, 'manifest.json'), JSON.stringify(manifest, null, 2));
  rmSync(CHROME_TEST_BUILD, { recursive: true, force: true });
  renameSync(next, CHROME_TEST_BUILD);
  return CHROME_TEST_BUILD;
}
