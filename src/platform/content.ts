// Platform layer for content scripts: message listening only. Content scripts hold no secrets and
// can only report what the page shows. The browser's own API (`browser` in Firefox, `chrome` in
// Chrome) is enough for that, so the script every Box page loads carries no webextension-polyfill.
import type { SenderLike } from '../shared/senders';

/** Answers a message with a promise, or returns undefined to leave it to other listeners. */
export type MessageListener = (message: unknown, sender: SenderLike) => Promise<unknown> | undefined;

type NativeListener = (message: unknown, sender: SenderLike, sendResponse: (reply: unknown) => void) => boolean;

interface NativeRuntime {
  id: string;
  onMessage: { addListener(listener: NativeListener): void; removeListener(listener: NativeListener): void };
}

function runtime(): NativeRuntime {
  const scope = globalThis as { browser?: { runtime: NativeRuntime }; chrome?: { runtime: NativeRuntime } };
  return (scope.browser ?? scope.chrome)!.runtime;
}

export const extensionId = (): string => runtime().id;

export function onExtensionMessage(listener: MessageListener): () => void {
  // Chrome ignores a promise returned by a listener; `sendResponse` and `return true` (the reply
  // comes later) work in both browsers. `false`: not ours, so the sender sees no reply from here.
  const native: NativeListener = (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime().onMessage.addListener(native);
  return () => runtime().onMessage.removeListener(native);
}
