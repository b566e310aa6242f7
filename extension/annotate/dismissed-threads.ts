/**
 * The conversations in which the user hid the tone banner, kept in extension
 * storage so that it stays hidden when the page is reloaded. Each is kept as
 * a hash of its key (the site and the conversation's id, or its recipients'
 * addresses): storage holds no thread id and no address.
 */
import { browser } from 'wxt/browser';

const KEY = 'toneBannerDismissed';
/** The most conversations kept; the earliest dismissed are forgotten first. */
const MAX_KEPT = 500;

type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<unknown> };

/**
 * A 53-bit hash (cyrb53) in base 36: plenty to tell a user's conversations
 * apart. Synchronous, and available where `crypto.subtle` is not (a webmail
 * served over plain http).
 */
function conversationHash(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export async function loadDismissedThreads(storage: Storage = browser.storage.local) {
  const stored = async () => ((await storage.get(KEY))[KEY] as string[] | undefined) ?? [];
  const dismissed = new Set(await stored());
  return {
    has: (key: string) => dismissed.has(conversationHash(key)),
    async add(key: string) {
      const hash = conversationHash(key);
      dismissed.add(hash);
      // Read again: another tab may have added its own since this page loaded.
      await storage.set({ [KEY]: [...(await stored()).filter((h) => h !== hash), hash].slice(-MAX_KEPT) });
    },
  };
}
export type DismissedThreads = Awaited<ReturnType<typeof loadDismissedThreads>>;
