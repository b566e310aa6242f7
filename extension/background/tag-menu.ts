/**
 * The two ways to tag a person without pointing at their badge first: the
 * context menu on a link, an address or a selection ("Tag this person in
 * SegLens…"), shown only on the sites SegLens runs on and not to a viewer,
 * and the keyboard shortcut (the `tag-person` command) on the person under
 * focus or the pointer. Both ask the page to open that person's card at its
 * tag field; the content script finds the person.
 */
import { browser } from 'wxt/browser';
import { TAG_PERSON_COMMAND } from '../commands';
import type { TabRequest } from '../messages';
import { addressIn } from '../sites/site-adapter';

const MENU_ID = 'seglens-tag-person';

const ask = (tabId: number, request: TabRequest, frameId?: number) =>
  // A tab where SegLens does not run has nobody to answer.
  browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId }).catch(() => undefined);

/** The menu item as it should be now: on these sites' pages, with this title; none for a viewer or where no site is on. */
export async function showTagMenu({ title, patterns, mayTag }: { title: string; patterns: string[]; mayTag: boolean }) {
  await browser.contextMenus.removeAll();
  if (!mayTag || patterns.length === 0) return;
  browser.contextMenus.create({ id: MENU_ID, title, contexts: ['link', 'selection'], documentUrlPatterns: patterns });
}

export function listenForTagRequests() {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // The address in the link or the selection; otherwise the page knows whose link was clicked.
    void ask(tab.id, { type: 'tag-person', from: 'menu', email: addressIn(info.linkUrl) ?? addressIn(info.selectionText) }, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TAG_PERSON_COMMAND && tab?.id !== undefined) void ask(tab.id, { type: 'tag-person', from: 'shortcut', email: null });
  });
}
