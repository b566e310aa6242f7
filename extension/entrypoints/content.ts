import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { translator } from '../../shared/i18n';
import { createAnnotator } from '../annotate/annotator';
import { createComposeTone } from '../annotate/compose-tone';
import { loadDismissedThreads } from '../annotate/dismissed-threads';
import { loadEnabledPatterns } from '../enabled-sites';
import { watchBadgeUpdates } from '../badge-updates';
import { askBackground, PAGE_PEOPLE_PORT, type PagePeopleAnswer, type TabRequest } from '../messages';
import { ownAddressMatcher } from '../own-addresses';
import { checkLayoutOnceRendered } from '../site-layout-check';
import { loadSettings, onSettingsChanged, resolveLocale } from '../settings';
import { isEnabled, siteOf } from '../site-access';
import { adaptersFor } from '../sites';
import { siteHealth } from '../sites/site-health';

/** Set in this extension's isolated world, which page script cannot reach. */
const STARTED = Symbol.for('seglens.content-script');

/**
 * The documents that may show the signed-in account: this frame's, and the
 * page's when this is a same-origin frame in it (a webmail's preview pane).
 */
function accountDocuments(): Document[] {
  try {
    const top = window.top?.document;
    if (top && top !== document) return [document, top];
  } catch {
    // The page around this frame is of another origin.
  }
  return [document];
}

export default defineContentScript({
  // Registered at run time for the sites the user enabled only (background/site-registry.ts), in all their frames.
  registration: 'runtime',
  async main() {
    // Enabling a site also injects the script into its open pages, where it may already run.
    const world = globalThis as { [STARTED]?: true };
    if (world[STARTED]) return;
    world[STARTED] = true;

    const [loaded, enabled] = await Promise.all([loadSettings(), loadEnabledPatterns()]);
    // That injection reaches every frame the browser lets it: a frame of a site not enabled is left alone.
    // (An about:blank or srcdoc frame has its parent's origin.)
    const site = siteOf(`${globalThis.origin}/`);
    if (!site || !isEnabled(site, enabled)) {
      delete world[STARTED];
      return;
    }
    let settings = loaded;
    const locale = resolveLocale(settings.language);
    const adapters = adaptersFor(window.location, document);
    const person = (email: string) => askBackground({ type: 'person', email });
    let composeTone: ReturnType<typeof createComposeTone> | null = null;
    const updates = watchBadgeUpdates((update) => annotator.update(update));
    const annotator = createAnnotator({
      adapters,
      t: translator(locale),
      locale,
      lookup: (emails) => {
        const newPage = updates.start();
        return askBackground({ type: 'lookup', emails, newPage });
      },
      card: {
        person,
        workspace: () => askBackground({ type: 'workspace' }),
        change: (change) => void askBackground({ type: 'change', change }),
      },
      onChange: () => composeTone?.changed(),
      ownAddresses: () => ownAddressMatcher([
        ...settings.ownAddresses,
        ...accountDocuments().flatMap((doc) => adapters.map((adapter) => adapter.owner?.(doc))),
      ]),
    });
    annotator.start();
    // On a webmail: the tone to take when writing to a dissatisfied or angry customer.
    const { compositions } = adapters[0]!;
    if (compositions) {
      void loadDismissedThreads().then((dismissed) => {
        composeTone = createComposeTone({ compositions, adapter: adapters[0]!, summary: annotator.summary, person, dismissed, t: translator(locale), locale });
        composeTone.changed();
      });
    }
    checkLayoutOnceRendered(adapters[0]!, (health) => {
      // Rejected only when the extension was reloaded or updated meanwhile: nobody is left to tell.
      askBackground({ type: 'site-layout-changed', health }).catch(() => undefined);
    });
    onSettingsChanged((next) => {
      settings = next;
      const nextLocale = resolveLocale(next.language);
      annotator.refresh({ locale: nextLocale, t: translator(nextLocale) });
      composeTone?.refresh({ locale: nextLocale, t: translator(nextLocale) });
    });

    // What the user last pointed at or focused, and right-clicked: the person the shortcut and the context menu mean.
    let pointedAt: readonly EventTarget[] = [];
    let rightClicked: readonly EventTarget[] = [];
    for (const type of ['pointerover', 'focusin']) window.addEventListener(type, (event) => { pointedAt = event.composedPath(); }, { capture: true, passive: true });
    window.addEventListener('contextmenu', (event) => { rightClicked = event.composedPath(); }, { capture: true, passive: true });
    browser.runtime.onMessage.addListener((request: TabRequest) => {
      if (request.type !== 'tag-person') return;
      // The context menu names its frame and, mostly, the address; the shortcut goes to every frame: the one with focus answers.
      const fromMenu = request.from === 'menu';
      if (!fromMenu && !document.hasFocus()) return;
      annotator.badgeFor(fromMenu ? rightClicked : pointedAt, request.email)?.openTags();
    });

    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== PAGE_PEOPLE_PORT) return;
      port.postMessage({
        site: adapters[0]!.id,
        topFrame: window === window.top,
        people: annotator.people(),
        health: siteHealth(adapters[0]!, document),
      } satisfies PagePeopleAnswer);
    });
  },
});
