import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { translator } from '../../shared/i18n';
import { createAnnotator } from '../annotate/annotator';
import { askBackground, type ContentRequest, type PagePeopleAnswer } from '../messages';
import { loadSettings, onSettingsChanged, resolveLocale } from '../settings';
import { adaptersFor } from '../sites';
import { siteHealth } from '../sites/site-health';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main() {
    const locale = resolveLocale((await loadSettings()).language);
    const adapters = adaptersFor(window.location);
    const annotator = createAnnotator({
      adapters,
      t: translator(locale),
      locale,
      lookup: (emails) => askBackground({ type: 'lookup', emails }),
    });
    annotator.start();
    onSettingsChanged((settings) => {
      const next = resolveLocale(settings.language);
      annotator.refresh({ locale: next, t: translator(next) });
    });

    browser.runtime.onMessage.addListener((message: ContentRequest, _sender, sendResponse) => {
      if (message.type !== 'page-people') return;
      sendResponse({ site: adapters[0]!.id, people: annotator.people(), health: siteHealth(adapters[0]!, document) } satisfies PagePeopleAnswer);
    });
  },
});
