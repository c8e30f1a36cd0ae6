// The browser's own extension API, for the background: `browser` in Firefox, `chrome` in Chrome.
// Every call the background makes returns a promise there (Chrome's MV3 APIs do in the versions the
// manifest allows, from 120), except the two platform/background.ts handles: a message listener
// cannot answer with a promise in Chrome, and contextMenus.removeAll returns one only from Chrome 123.
// So the service worker does without webextension-polyfill, whose ~10 kB (minified) issue 6's size
// budget cannot spare; the pages and the content script keep it. The types are the polyfill's
// (type-only, nothing bundled), as in the rest of src/platform.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** `browser` where the browser has it (Firefox), whose calls all return promises. */
export const promisedBrowser: Browser | undefined = scope.browser;

export const ext: Browser = scope.browser ?? scope.chrome!;

/** Chrome's callback form of a call, as a promise; rejects with `runtime.lastError` as the polyfill did. */
export function viaCallback<T>(call: (callback: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    call((value) => {
      const error = chrome.runtime.lastError;
      if (error) reject(new Error(error.message));
      else resolve(value);
    }),
  );
}
