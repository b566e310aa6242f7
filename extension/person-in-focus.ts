/**
 * The person the side panel shows: the one whose card the user opened last,
 * or whose profile they asked for. The background sets it; it is kept in
 * session storage, so the service worker's sleeps do not lose it and closing
 * the browser forgets it.
 */
import { browser } from 'wxt/browser';

const KEY = 'personInFocus';

export async function loadPersonInFocus(): Promise<string | null> {
  return ((await browser.storage.session.get(KEY))[KEY] as string | undefined) ?? null;
}

export async function setPersonInFocus(email: string): Promise<void> {
  await browser.storage.session.set({ [KEY]: email });
}

export function onPersonInFocusChanged(listener: (email: string | null) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) listener((changes[KEY]!.newValue as string | undefined) ?? null);
  };
  browser.storage.session.onChanged.addListener(changed);
  return () => browser.storage.session.onChanged.removeListener(changed);
}
