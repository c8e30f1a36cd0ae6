// Platform layer for the service worker: the browser APIs only the background uses.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { StorageArea } from '../shared/storage-area';
import type { SessionRules } from '../background/origin-rule';
import type { MenuClick, MenusApi } from '../background/context-menu';

export const extensionId = (): string => browser.runtime.id;
export const extensionBaseUrl = (): string => browser.runtime.getURL('');

export const areas: { local: StorageArea; session: StorageArea } = {
  local: browser.storage.local,
  session: browser.storage.session,
};

/** The redirect URI to register in the Box app: `https://<id>.chromiumapp.org/` in Chrome, `https://<sha1>.extensions.allizom.org/` in Firefox. */
export const redirectUri = (): string => browser.identity.getRedirectURL();

export async function launchWebAuthFlow(url: string, interactive: boolean): Promise<string> {
  return browser.identity.launchWebAuthFlow({ url, interactive });
}

export const sessionRules: SessionRules = {
  updateSessionRules: (options) =>
    browser.declarativeNetRequest.updateSessionRules(options as Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]),
};

export function onMessage(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener(listener);
}

export function onInstalledOrStartup(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
  browser.runtime.onStartup.addListener(listener);
}

export const menus: MenusApi = {
  removeAll: () => browser.contextMenus.removeAll(),
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
