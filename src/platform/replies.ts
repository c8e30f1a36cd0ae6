// The background answers through `sendResponse` (platform/background.ts), and a handler that threw
// comes back as `{__mozWebExtensionPolyfillReject__, message}`: webextension-polyfill's convention,
// kept so that either side may still use the polyfill. Without it on this side, the marker is turned
// back into a rejection here, as the polyfill's `sendMessage` did.

interface RejectMarker {
  __mozWebExtensionPolyfillReject__: true;
  message?: unknown;
}

export function unwrapReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && (reply as RejectMarker).__mozWebExtensionPolyfillReject__ === true) {
    const { message } = reply as RejectMarker;
    throw new Error(typeof message === 'string' ? message : 'An unexpected error occurred');
  }
  return reply;
}
