/**
 * `npm test`: makes sure what the tests need is here (Debian's Chromium),
 * then type-checks, builds the extension for Chrome and Firefox, and runs the
 * unit, API and end-to-end tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './lib/chromium-path';
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

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('The browser tests need Chromium and none was found.\n'
      + 'Install Debian\'s chromium package (sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log('▶ Installing Debian\'s chromium for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!findChromium()) {
    console.error('chromium was installed but not found at /usr/bin/chromium; set CHROMIUM_PATH.');
    process.exit(1);
  }
}

ensureChromium();
step('Type check', bin('wxt'), ['prepare']);
step('Type check', bin('tsc'), ['-p', '.']);
step('Build the extension (Chrome)', bin('wxt'), ['build']);
step('Build the extension (Firefox)', bin('wxt'), ['build', '-b', 'firefox']);
step('Unit, API and end-to-end tests', bin('vitest'), ['run']);
