// The extension's content-script world in a Box tab, reached as an attacker who runs code there
// would be: through DevTools, in Chromium's isolated world for the extension.
import type { CDPSession, Page } from 'playwright-core';

type ExecutionContext = { id: number; name: string; origin: string; auxData?: { type?: string } };

/**
 * Evaluates `expression` (awaited) in the extension's content-script world of `page`. Returns the
 * value, or `{ threw }` with the exception's text when it threw or its promise was rejected.
 */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && (c.name === 'Secure Sign for Box' || c.origin.startsWith('chrome-extension://')));
    if (!world) throw new Error(`no content-script world among ${contexts.map((c) => c.name || c.origin).join(', ')}`);
    const result = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) return { threw: result.exceptionDetails.exception?.description ?? result.exceptionDetails.text };
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
