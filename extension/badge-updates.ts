/**
 * The content script's side of the badge updates: a port to the background,
 * opened once the page shows people, on which the background says whose
 * badges changed. Chrome stops an idle service worker, which closes the
 * port: the content script connects again (which starts the worker, and
 * with it the change feed) and asks again about everyone it shows, since a
 * change may have been told while it was not connected.
 */
import { browser } from 'wxt/browser';
import { BADGE_UPDATES_PORT, type BadgeUpdate } from './messages';

const RECONNECT_MS = 1_000;

export function watchBadgeUpdates(onUpdate: (update: BadgeUpdate) => void) {
  let started = false;

  function connect() {
    // Gone when the extension was reloaded or updated: nobody is left to tell this page anything.
    if (!browser.runtime?.id) return;
    const port = browser.runtime.connect({ name: BADGE_UPDATES_PORT });
    port.onMessage.addListener((update: BadgeUpdate) => onUpdate(update));
    port.onDisconnect.addListener(() => {
      setTimeout(() => {
        connect();
        onUpdate({ everything: true });
      }, RECONNECT_MS);
    });
  }

  return {
    /** The page shows people now: keep them current. True the first time, when the page was just loaded. */
    start(): boolean {
      if (started) return false;
      started = true;
      connect();
      return true;
    },
  };
}
