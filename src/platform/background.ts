// Platform layer for the service worker: the browser APIs only the background uses, called on the
// browser's own API object (see native.ts for why not through webextension-polyfill).
import type { Runtime } from 'webextension-polyfill';
import { ext as browser, promisedBrowser, viaCallback } from './native';
import type { StorageArea } from '../shared/storage-area';
import { restrictToTrustedContexts } from './storage-access';
import type { AlarmsApi, MenuClick, MenusApi, NotifierApi, OneShotAlarms, ScriptingApi, SessionRules } from './background-apis';
import { clearClipboardIn } from './clipboard-clear';

export const extensionId = (): string => browser.runtime.id;
export const extensionBaseUrl = (): string => browser.runtime.getURL('');

export const areas: { local: StorageArea; session: StorageArea; sync: StorageArea } = {
  sync: browser.storage.sync,
  local: browser.storage.local,
  session: browser.storage.session,
};

/** Chromium: storage.local and storage.sync closed to content scripts (see storage-access.ts). */
export const restrictStorage = (): Promise<void> => restrictToTrustedContexts(browser.storage);

/** The redirect URI to register in the Box app: `https://<id>.chromiumapp.org/` in Chrome, `https://<sha1>.extensions.allizom.org/` in Firefox. */
export const redirectUri = (): string => browser.identity.getRedirectURL();

export async function launchWebAuthFlow(url: string, interactive: boolean): Promise<string> {
  return browser.identity.launchWebAuthFlow({ url, interactive });
}

export const sessionRules: SessionRules = {
  updateSessionRules: (options) =>
    browser.declarativeNetRequest.updateSessionRules(options as Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]),
};

/**
 * `listener` answers with a promise, or undefined for a message it leaves alone. Chrome only takes
 * an answer through `sendResponse` (after returning true), Firefox takes that too: this is what
 * webextension-polyfill's wrapper did, a rejection included (the polyfill's `sendMessage` on the
 * other side turns that reply back into a rejection).
 */
export function onMessage(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  const event = browser.runtime.onMessage as unknown as {
    addListener(listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean): void;
  };
  event.addListener((message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({
        __mozWebExtensionPolyfillReject__: true,
        message: error instanceof Error ? error.message : 'An unexpected error occurred',
      }),
    );
    return true;
  });
}

export function onInstalledOrStartup(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
  browser.runtime.onStartup.addListener(listener);
}

export const menus: MenusApi = {
  // Chrome returns a promise here only from version 123; its callback form works in every version.
  removeAll: () => promisedBrowser?.contextMenus.removeAll() ?? viaCallback<void>((done) => chrome.contextMenus.removeAll(() => done())),
  create: (item) => void browser.contextMenus.create(item),
};

export function onMenuClicked(listener: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info) => listener(info));
}

/**
 * The toolbar popup where the browser allows opening it from here; otherwise the same UI in
 * a small window of its own.
 */
export async function openSendingUi(): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Not allowed here (no focused window, older browser): fall back to a window.
  }
  await browser.windows.create({ type: 'popup', url: browser.runtime.getURL('src/popup/index.html'), width: 400, height: 640 });
}

// Tracking (src/background/tracking): the polling alarm and the optional "request finished"
// notifications. Both degrade to nothing when the manifest or the user has not granted them.

/** Chrome's basic notifications need an icon: the extension's own, from the build (48 px, as the manifest lists it). */
const NOTIFICATION_ICON = 'icons/icon-48.png';

export const alarms: AlarmsApi & OneShotAlarms = {
  get: async (name) => (browser.alarms ? browser.alarms.get(name) : undefined),
  create: async (name, info: { periodInMinutes?: number; delayInMinutes?: number }) => void (browser.alarms && (await browser.alarms.create(name, info))),
  clear: async (name) => (browser.alarms ? browser.alarms.clear(name) : false),
};

/** Top level only (the browser wakes the worker for it). No-op without the `alarms` permission. */
export function onAlarm(listener: (name: string) => void): void {
  browser.alarms?.onAlarm.addListener((alarm) => listener(alarm.name));
}

export const notifier: NotifierApi = {
  permitted: () => browser.permissions.contains({ permissions: ['notifications'] }),
  async show(id, title, message) {
    // The API appears once the optional permission is granted.
    if (!browser.notifications) return;
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(NOTIFICATION_ICON), title, message });
  },
};

/** Registered only when notifications are already allowed at start-up (the API is absent before). */
export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications?.onClicked.addListener(listener);
}

/** The "All requests" page (src/requests), optionally at one request. */
export const requestsPageUrl = (id?: string): string => browser.runtime.getURL(`src/requests/index.html${id ? `#${encodeURIComponent(id)}` : ''}`);

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

// Company Box hosts (background/custom-host-script.ts): the origins the user granted, and the script
// the manifest runs on Box pages, registered there too.

/** `scripting` needs its permission; without it there is nothing to register. */
export const scripting = browser.scripting as unknown as ScriptingApi | undefined;

export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** The content script's built file, as the manifest names it (the first content script is the Box page one). */
export function boxPageScript(): string | undefined {
  return browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
}

/** Top level only: the user granted or removed a permission (the options page, or the browser's own UI). */
export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

// The clipboard's clear (background/guard/clipboard.ts), a minute after a page copied a password.

/** Chrome's offscreen document that clears the clipboard as it loads (src/offscreen/). */
export const OFFSCREEN_CLIPBOARD_PAGE = 'src/offscreen/clipboard.html';

type OffscreenApi = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};

/**
 * Empties the clipboard. Chrome's service worker has no DOM: an offscreen document does it (the
 * `offscreen` permission, Chrome only). Firefox's background is a page: it does it itself. Both need
 * `clipboardWrite`, without focus or a user gesture.
 */
export async function clearClipboard(): Promise<void> {
  // Each build keeps its own browser's way (`import.meta.env.BROWSER`, vite.config.ts); tests keep both.
  const offscreen = import.meta.env.BROWSER === 'firefox' ? undefined : (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (offscreen) return clearOffscreen(offscreen);
  if (import.meta.env.BROWSER === 'chrome' || typeof document === 'undefined' || !clearClipboardIn(document)) throw new Error('Clipboard not cleared');
}

async function clearOffscreen(offscreen: OffscreenApi): Promise<void> {
  // One offscreen document per extension: one a stopped worker left open goes first.
  await offscreen.closeDocument().catch(() => undefined);
  await offscreen.createDocument({
    url: OFFSCREEN_CLIPBOARD_PAGE,
    reasons: ['CLIPBOARD'],
    justification: 'Clears a copied password',
  });
  // The document's clipboard write reaches the browser on a pipe of its own, with no order against this
  // worker's close: closed at once, under load, the write was dropped with the document (a CI run saw the
  // password stay). A moment's grace lets it land; a worker stopped meanwhile leaves the document to the
  // next clear, which closes it first.
  await new Promise((resolve) => setTimeout(resolve, OFFSCREEN_WRITE_GRACE_MS));
  await offscreen.closeDocument();
}

/** How long the offscreen document stays open after its clear (see clearOffscreen). */
const OFFSCREEN_WRITE_GRACE_MS = 500;
