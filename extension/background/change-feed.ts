/**
 * Keeps the badges shown current with changes made elsewhere (another user,
 * the API, a recompute): while some tab shows people, the background asks
 * the API's change cursor (GET /v1/changes) every 20 seconds what changed
 * since it last asked, and passes it on. One request per browser whatever
 * the number of tabs, and an indexed read that usually finds nothing.
 *
 * A lookup also asks first, when the page asking was just loaded or the
 * last answer is more than two seconds old (one request for a burst of
 * lookups): a page loaded or a card opened shows a change made elsewhere at
 * once, while the cache still spares the API the lookups themselves.
 *
 * The cursor is kept in session storage: a service worker stopped and
 * started again (the tabs' ports wake it) goes on from where it was.
 */
import { browser } from 'wxt/browser';
import type { Changes } from '../../shared/schemas/changes';
import type { BadgeUpdate } from '../messages';

type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<unknown> };

export const POLL_MS = 20_000;
const FRESH_MS = 2_000;
const KEY = 'changeCursor';

export function createChangeFeed(options: {
  /** The changes since `since` (null: the cursor to start from); `server` names the API they come from. */
  fetch: (since: number | null) => Promise<Changes>;
  server: () => Promise<string>;
  /** What changed; told after each poll that found something. */
  onChanged: (update: BadgeUpdate) => void;
  /** Each poll that reached the API. */
  onReached?: () => void;
  storage?: Storage;
  pollMs?: number;
  now?: () => number;
}) {
  const { fetch, server, onChanged, onReached = () => {}, storage = browser.storage.session as Storage, pollMs = POLL_MS, now = Date.now } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let reachedAt = -Infinity;
  let polling: Promise<void> | null = null;

  /** One poll at a time: asks made meanwhile share it. */
  function poll(): Promise<void> {
    polling ??= pollOnce().finally(() => { polling = null; });
    return polling;
  }

  async function pollOnce() {
    const from = await server();
    const stored = (await storage.get(KEY))[KEY] as { server: string; cursor: number } | undefined;
    const since = stored?.server === from ? stored.cursor : null;
    const changes = await fetch(since);
    reachedAt = now();
    onReached();
    await storage.set({ [KEY]: { server: from, cursor: changes.cursor } });
    if (changes.everything) onChanged({ everything: true });
    else if (changes.emails.length > 0) onChanged({ emails: changes.emails });
  }

  function next() {
    timer = setTimeout(() => {
      // A poll that fails (the API away) is simply made again next time, from the same cursor.
      void poll().catch(() => undefined).finally(() => { if (running) next(); });
    }, pollMs);
  }

  return {
    /**
     * Before a lookup: what changed is known as of `maxAgeMs` ago (the API
     * away: as of the last time it answered). A page just loaded asks with 0.
     */
    async fresh(maxAgeMs = FRESH_MS) {
      if (now() - reachedAt > maxAgeMs) await poll().catch(() => undefined);
    },
    /** Some tab shows people: poll now (so the cursor is set from the first badges on) and every `pollMs`. */
    start() {
      if (running) return;
      running = true;
      void poll().catch(() => undefined);
      next();
    },
    /** No tab shows people: nothing to keep current. */
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}
