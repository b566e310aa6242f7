/**
 * Opens the browser's side panel (Chrome's side panel, Firefox's sidebar) on
 * the profile page. Both browsers open it only during a user action, so call
 * it straight from the click, the shortcut or the message that carries one,
 * before anything is awaited.
 */
import { browser } from 'wxt/browser';

type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

/** Whether the panel opened; `windowId` is the window to open it in (Chrome's panel is per window). */
export async function openSidePanel(windowId: number | undefined): Promise<boolean> {
  try {
    const { sidebarAction } = browser as unknown as FirefoxSidebar;
    if (sidebarAction) await sidebarAction.open();
    else if (windowId !== undefined && browser.sidePanel) await browser.sidePanel.open({ windowId });
    else return false;
    return true;
  } catch {
    // Without a user action the browser refuses: the panel, when open, still follows the person in focus.
    return false;
  }
}
