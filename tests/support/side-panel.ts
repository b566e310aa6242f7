/**
 * The browser's side panel as the tests see it. Playwright lists no page for
 * it, so it is found among the browser's targets over the DevTools protocol
 * (through any page's session) and read there.
 */
import type { CDPSession, Page } from 'playwright-core';

type TargetInfo = { targetId: string; type: string; url: string };

async function panelTarget(cdp: CDPSession, extensionId: string): Promise<TargetInfo | null> {
  const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`)) ?? null;
}

/**
 * Runs `expression` in the open side panel and returns its value; null when
 * no side panel is open. `via` is any page of the browser.
 */
export async function inSidePanel<T>(via: Page, extensionId: string, expression: string): Promise<T | null> {
  const cdp = await via.context().newCDPSession(via);
  try {
    const target = await panelTarget(cdp, extensionId);
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }) as { sessionId: string };
    const answer = new Promise<T>((resolve, reject) => {
      cdp.on('Target.receivedMessageFromTarget', ({ sessionId: from, message }: { sessionId: string; message: string }) => {
        const reply = JSON.parse(message) as { id?: number; result?: { result: { value: T }; exceptionDetails?: { text: string } } };
        if (from !== sessionId || reply.id !== 1) return;
        if (reply.result?.exceptionDetails) reject(new Error(reply.result.exceptionDetails.text));
        else resolve(reply.result!.result.value);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const value = await answer;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return value;
  } finally {
    await cdp.detach();
  }
}
