/**
 * Runs the content script where the user enabled SegLens, and nowhere else:
 * one content script registered at run time for the enabled sites' patterns,
 * in every frame of theirs (a webmail's preview pane is a same-origin iframe,
 * some are about:blank or srcdoc ones), kept across browser sessions.
 *
 * The enabled list in storage is the record; the registration follows it and
 * the granted host permissions. Changes run one at a time, since the popup's
 * message and the permission event can both report one grant.
 */
import { browser } from 'wxt/browser';
import { loadEnabledPatterns, saveEnabledPatterns } from '../enabled-sites';

const SCRIPT_ID = 'seglens-sites';
/** Where WXT writes the `content` entrypoint's bundle. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

async function register(patterns: string[]) {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (current && sameSet(current.matches ?? [], patterns)) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([{
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    matches: patterns,
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }]);
}

/** Pages of a newly enabled site that are already open get badges now, without a reload. */
async function injectIntoOpenTabs(patterns: string[]) {
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    // A tab may be discarded or show an error page: it gets the script on its next load.
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
  }
}

async function granted(patterns: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const pattern of patterns) if (await browser.permissions.contains({ origins: [pattern] })) kept.push(pattern);
  return kept;
}

export function createSiteRegistry() {
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch((error: unknown) => console.error('SegLens site registry', error));
    return run;
  }

  async function keep(patterns: string[]) {
    await saveEnabledPatterns(patterns);
    await register(patterns);
  }

  return {
    /** At start: the registration as the list says, less any permission revoked meanwhile. */
    sync: () => serially(async () => {
      const enabled = await loadEnabledPatterns();
      const allowed = await granted(enabled);
      if (allowed.length === enabled.length) await register(allowed);
      else await keep(allowed);
    }),

    /** After the user granted the site's permission; false when it is not granted. */
    enable: (patterns: string[]) => serially(async () => {
      if (patterns.length === 0 || !(await browser.permissions.contains({ origins: patterns }))) return false;
      const enabled = await loadEnabledPatterns();
      const added = patterns.filter((p) => !enabled.includes(p));
      await keep([...enabled, ...added]);
      if (added.length > 0) await injectIntoOpenTabs(added);
      return true;
    }),

    /** The user turned the site off: its script goes, and so does its permission. */
    disable: (patterns: string[]) => serially(async () => {
      await keep((await loadEnabledPatterns()).filter((p) => !patterns.includes(p)));
      // A permission the manifest grants cannot be removed (the tests' build): the registration is what counts.
      await browser.permissions.remove({ origins: patterns }).catch(() => false);
    }),

    /** The browser took a permission back (the user revoked it in its settings). */
    revoked: (patterns: string[]) => serially(async () => {
      const enabled = await loadEnabledPatterns();
      if (enabled.some((p) => patterns.includes(p))) await keep(enabled.filter((p) => !patterns.includes(p)));
    }),
  };
}
