/**
 * `npm test`: makes sure what the tests need is here (Debian's Chromium and
 * Firefox ESR), then type-checks, builds the extension for Chrome and
 * Firefox, and runs the unit, API and end-to-end tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './lib/chromium-path';
import { findFirefox } from './lib/firefox-path';
import { ROOT } from './lib/extension-build';

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function step(title: string, command: string, args: string[]) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(status ?? 1);
  }
}

/** Debian's packages of the browsers the end-to-end tests drive, installed (as root, with apt-get) when missing. */
function ensureBrowsers() {
  const missing = [
    ...(findChromium() ? [] : ['chromium']),
    ...(findFirefox() ? [] : ['firefox-esr']),
  ];
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`The browser tests need Chromium and Firefox; not found: ${missing.join(', ')}.\n`
      + `Install Debian's packages (sudo apt-get install ${missing.join(' ')}), or set CHROMIUM_PATH to a Chromium or Chrome binary and FIREFOX_PATH to a Firefox binary.`);
    process.exit(1);
  }
  console.log(`▶ Installing Debian's ${missing.join(' and ')} for the browser tests`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!findChromium() || !findFirefox()) {
    console.error('The browsers were installed but not found at /usr/bin/chromium and /usr/bin/firefox-esr; set CHROMIUM_PATH and FIREFOX_PATH.');
    process.exit(1);
  }
}

ensureBrowsers();
step('Type check', bin('wxt'), ['prepare']);
step('Type check', bin('tsc'), ['-p', '.']);
step('Build the extension (Chrome)', bin('wxt'), ['build']);
step('Build the extension (Firefox)', bin('wxt'), ['build', '-b', 'firefox']);
step('Unit, API and end-to-end tests', bin('vitest'), ['run']);
