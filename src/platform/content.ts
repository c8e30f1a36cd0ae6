// Platform layer for content scripts: message listening only. Content scripts hold no
// secrets and can only report what the page shows.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export const extensionId = (): string => browser.runtime.id;

export function onExtensionMessage(
  listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
): () => void {
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
