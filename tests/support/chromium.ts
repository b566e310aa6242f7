/** Starts the tests' Chromium: with the built extension loaded, or plain, as a page alone sees it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/lib/chromium-path';

/** Flags for a quiet, headless Chromium on a machine without a network. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export type PlainBrowser = { context: BrowserContext; close: () => Promise<void> };
export type ExtensionBrowser = PlainBrowser & { worker: Worker; extensionId: string };

/** Chromium on a fresh profile of its own, with `args` beside the usual flags. */
export async function launchPlain(options: { locale?: string; args?: string[] } = {}): Promise<PlainBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium package (npm test does this where it can).');
  const profile = mkdtempSync(join(tmpdir(), 'seglens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: options.locale ?? 'en-US',
    args: [...FLAGS, ...(options.args ?? [])],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(extensionDir: string, options: { locale?: string } = {}): Promise<ExtensionBrowser> {
  const { context, close } = await launchPlain({ ...options, args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh install opens the settings page by itself; close it so it cannot race the tests' own pages.
  const isSettings = (url: string) => url.startsWith(`chrome-extension://${extensionId}/options.html`);
  for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    const settings = context.pages().find((p) => isSettings(p.url()));
    if (settings) {
      await settings.close();
      break;
    }
  }
  return { context, worker, extensionId, close };
}
