// An isolated world in a page, as Chromium gives a content script: the same DOM, its own JavaScript
// globals and its own wrappers for the DOM objects it touches. Made through the DevTools protocol, so
// the bench runs the watcher where the extension runs it, without loading the extension.
import type { Page } from 'playwright-core';

export interface IsolatedWorld {
  /** Evaluates `expression` in the world (a promise is awaited) and returns its value (JSON-able). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** A new isolated world in the page's main frame; gone when the page navigates. */
export async function isolatedWorld(page: Page, worldName: string): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) throw new Error(`${worldName}: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
