import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { translator } from '../../shared/i18n';
import { createAnnotator } from '../annotate/annotator';
import { askBackground, type ContentRequest, type PagePeopleAnswer } from '../messages';
import { ownAddressMatcher } from '../own-addresses';
import { loadSettings, onSettingsChanged, resolveLocale } from '../settings';
import { adaptersFor } from '../sites';
import { siteHealth } from '../sites/site-health';

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
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main() {
    let settings = await loadSettings();
    const locale = resolveLocale(settings.language);
    const adapters = adaptersFor(window.location);
    const annotator = createAnnotator({
      adapters,
      t: translator(locale),
      locale,
      lookup: (emails) => askBackground({ type: 'lookup', emails }),
      ownAddresses: () => ownAddressMatcher([
        ...settings.ownAddresses,
        ...accountDocuments().flatMap((doc) => adapters.map((adapter) => adapter.owner?.(doc))),
      ]),
    });
    annotator.start();
    onSettingsChanged((next) => {
      settings = next;
      const nextLocale = resolveLocale(next.language);
      annotator.refresh({ locale: nextLocale, t: translator(nextLocale) });
    });

    browser.runtime.onMessage.addListener((message: ContentRequest, _sender, sendResponse) => {
      if (message.type !== 'page-people') return;
      sendResponse({ site: adapters[0]!.id, people: annotator.people(), health: siteHealth(adapters[0]!, document) } satisfies PagePeopleAnswer);
    });
  },
});
