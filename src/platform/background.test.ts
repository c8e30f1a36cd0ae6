// The service worker's platform layer calls the browser's own API (native.ts) where it used to go
// through webextension-polyfill: the two places the polyfill did real work are checked here, on a
// fake `chrome` that behaves as Chrome does (methods need their object; answers go through sendResponse).
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

function fakeChrome(removeAllError?: string) {
  const listeners: Listener[] = [];
  let lastError: { message: string } | undefined;
  const onMessage = {
    addListener(this: unknown, listener: Listener) {
      if (this !== onMessage) throw new TypeError('Illegal invocation');
      listeners.push(listener);
    },
  };
  const chrome = {
    ...(globalThis as { chrome?: object }).chrome, // keeps test/setup-unit.ts's i18n
    runtime: {
      id: 'abc',
      onMessage,
      get lastError() {
        return lastError;
      },
    },
    storage: { sync: {}, local: {}, session: {} },
    contextMenus: {
      // Chrome before 123: no promise, the callback only.
      removeAll(callback: () => void) {
        setTimeout(() => {
          lastError = removeAllError === undefined ? undefined : { message: removeAllError };
          callback();
          lastError = undefined;
        });
      },
    },
  };
  return { chrome, listeners };
}

async function load(globals: Record<string, unknown>) {
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  vi.resetModules();
  return import('./background');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('platform/background on Chrome', () => {
  it('answers through sendResponse and keeps the channel open, as the polyfill did', async () => {
    const { chrome, listeners } = fakeChrome();
    const platform = await load({ chrome });
    platform.onMessage(async (message) => ({ echoed: message }));
    const sendResponse = vi.fn();
    expect(listeners[0]!('hi', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ echoed: 'hi' }));
  });

  it('leaves a message it does not handle to others (no answer)', async () => {
    const { chrome, listeners } = fakeChrome();
    const platform = await load({ chrome });
    platform.onMessage(() => undefined);
    const sendResponse = vi.fn();
    expect(listeners[0]!('hi', {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it("sends a rejection as the polyfill's marker, which the polyfill's sendMessage turns back into a rejection", async () => {
    const { chrome, listeners } = fakeChrome();
    const platform = await load({ chrome });
    platform.onMessage(() => Promise.reject(new Error('boom')));
    const sendResponse = vi.fn();
    listeners[0]!('hi', {}, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ __mozWebExtensionPolyfillReject__: true, message: 'boom' }));
  });

  it('removes the menus through the callback form, which every Chrome version has', async () => {
    const platform = await load({ chrome: fakeChrome().chrome });
    await expect(platform.menus.removeAll()).resolves.toBeUndefined();
    const failing = await load({ chrome: fakeChrome('no menus here').chrome });
    await expect(failing.menus.removeAll()).rejects.toThrow('no menus here');
  });
});

describe('platform/background on Firefox', () => {
  it("uses `browser`, whose removeAll returns a promise", async () => {
    const removeAll = vi.fn(async () => undefined);
    const { chrome } = fakeChrome('must not be called');
    const platform = await load({ chrome, browser: { ...chrome, contextMenus: { removeAll } } });
    await expect(platform.menus.removeAll()).resolves.toBeUndefined();
    expect(removeAll).toHaveBeenCalledOnce();
    expect(platform.extensionId()).toBe('abc');
  });
});
