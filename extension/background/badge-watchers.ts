/**
 * The content scripts showing people, each on a port of its own: the
 * background tells them whose badges changed. The change feed runs while
 * there is at least one.
 */
import type { Browser } from 'wxt/browser';
import type { BadgeUpdate } from '../messages';

export function createBadgeWatchers({ first, none }: { first: () => void; none: () => void }) {
  const ports = new Set<Browser.runtime.Port>();
  return {
    add(port: Browser.runtime.Port) {
      ports.add(port);
      if (ports.size === 1) first();
      port.onDisconnect.addListener(() => {
        ports.delete(port);
        if (ports.size === 0) none();
      });
    },
    tell(update: BadgeUpdate) {
      for (const port of ports) port.postMessage(update);
    },
  };
}
