// The thin platform layer of the extension's pages. Everything else takes these as parameters, so it
// runs in unit tests without a browser. On the browser's own API object (`browser` in Firefox,
// `chrome` in Chrome, whose MV3 calls return promises from the version the manifest requires),
// without webextension-polyfill: ~3 KB gzipped fewer for the popup to load before it can show.
import { ext as browser } from './native';
import { unwrapReply } from './replies';
import type { backgroundProtocol, PageFiles, Protocol } from '../shared/messages';
import { contentProtocol } from '../shared/wire';
import { createClient, MessageError, type Client } from './messaging';
import { readAhead } from './read-ahead';
import { readManaged } from './managed';
import { answeredEarly, type AskPage } from './page-files-early';
import type { StorageArea } from '../shared/storage-area';
import { takeLaunch } from '../shared/launch';
import { readKnownAuth } from '../shared/known-auth';
import type { EarlyRead, EarlyReads } from './popup-early';

/**
 * Messages to the background, from extension pages. Its protocol (every answer's schema: about a
 * third of the popup's zod) is loaded with the first message, while that message travels, rather than
 * before the page's first render: the popup's form waits for none of the background's answers when
 * the worker last found the user connected (popup/setup.ts). Every answer is still checked.
 */
export const background: Client<typeof backgroundProtocol> = backgroundClient(() => import('../shared/messages').then((m) => m.backgroundProtocol));

/** Messages to the background with another protocol (the Bulk send page adds its own messages), or a function that loads it. */
export function backgroundClient<P extends Protocol>(protocol: P | (() => Promise<P>)): Client<P> {
  return createClient(protocol, async (message) => unwrapReply(await browser.runtime.sendMessage(message)));
}

/** Messages to the content script of one tab. */
export function contentClient(tabId: number): Client<typeof contentProtocol> {
  return createClient(contentProtocol, (message) => browser.tabs.sendMessage(tabId, message));
}

/** The tab's files, from its content script (asked now), checked by the content client. */
const askPage: AskPage = (tabId) => contentClient(tabId)('getPageFiles', {});

/**
 * The tab the user means: the active tab of the last-focused *normal* window. This is right
 * for the toolbar popup and for the sending UI opened as its own popup window (whose own
 * window is not "normal"), and needs no `tabs` permission.
 */
export async function findUserTab(): Promise<number | null> {
  // `windowTypes` is supported by Chrome and Firefox but missing from the polyfill's types.
  const query = { populate: true, windowTypes: ['normal'] } as Parameters<typeof browser.windows.getLastFocused>[0];
  return activeTabOf(await browser.windows.getLastFocused(query));
}

function activeTabOf(win: { tabs?: Array<{ active: boolean; id?: number }> }): number | null {
  return win.tabs?.find((t) => t.active)?.id ?? null;
}

/**
 * The files to offer: the one chosen from the context menu if the UI was opened that way,
 * otherwise the Box files of the user's tab; null when that tab is not a Box page we run on.
 */
export function getActiveTabFiles(): Promise<PageFiles | null> {
  return activeTabFiles(browser.storage.session, findUserTab());
}

/** `userTab` is looked up while the launch note is read (it is rarely there). */
async function activeTabFiles(session: StorageArea, userTab: Promise<number | null>, ask: AskPage = askPage): Promise<PageFiles | null> {
  userTab.catch(() => undefined); // awaited below once the launch note is read; not "unhandled" meanwhile
  const chosen = await takeLaunch(session, Date.now());
  if (chosen) return chosen;
  const tabId = await userTab;
  if (tabId === null) return null;
  try {
    return await ask(tabId);
  } catch (error) {
    // No content script in that tab (not a Box page, or opened before install): no files.
    if (error instanceof MessageError && error.detail.code === 'unreachable') return null;
    throw error;
  }
}

export const areas: { local: StorageArea; session: StorageArea; sync: StorageArea } = {
  local: browser.storage.local,
  session: browser.storage.session,
  sync: browser.storage.sync,
};

/**
 * What the popup reads as it opens, answered first from the reads popup-early.ts started (each
 * once), then read again as usual: storage.session (drafts, the launch note), storage.sync (the
 * settings), the user's Box tab, and whether the background last found the user connected.
 */
export function popupPlatform(early: EarlyReads | null) {
  const ahead = (area: StorageArea, read: EarlyRead | undefined) => (read ? readAhead(area, read.keys, read.values) : area);
  const session = ahead(areas.session, early?.session);
  const sync = ahead(areas.sync, early?.sync);
  let window = early?.window;
  let asked = early?.pageFiles;
  let managed = early?.managed;
  return {
    session,
    sync,
    getActiveTabFiles(): Promise<PageFiles | null> {
      const userTab = window ? window.then(activeTabOf) : findUserTab();
      const ask = asked ? answeredEarly(asked, askPage) : askPage;
      window = asked = undefined;
      return activeTabFiles(session, userTab, ask);
    },
    knownConnected: (): Promise<boolean> => readKnownAuth(session, Date.now()),
    /** The organisation's policy: the early read once, then read again ("Try again" reloads the form). */
    readManaged(): Promise<unknown> {
      const read = managed ?? readManaged();
      managed = undefined;
      return read;
    },
  };
}

/** The "All requests" page, in a tab of its own. */
export function openRequestsPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('src/requests/index.html') });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

export { readManaged };
/** The browser's own extension API (no polyfill), for pages that listen to storage changes. */
export { browser };

/**
 * The OAuth redirect URI to register in the Box app, as the browser computes it:
 * `https://<extension-id>.chromiumapp.org/` in Chrome, `https://<sha1 of the add-on ID>.extensions.allizom.org/`
 * in Firefox. Both are stable because the Chrome `key` and the Firefox add-on ID are fixed.
 */
export const redirectUri = (): string => browser.identity.getRedirectURL();

/** The extension's own origin, e.g. `chrome-extension://<id>/`. */
export function extensionBaseUrl(): string {
  return browser.runtime.getURL('');
}

/**
 * The optional `notifications` permission, for "tell me when a request is finished". `request`
 * must be called straight from the click (a user gesture), before anything is awaited.
 */
export const notificationPermission = {
  request: (): Promise<boolean> => browser.permissions.request({ permissions: ['notifications'] }),
  remove: (): Promise<boolean> => browser.permissions.remove({ permissions: ['notifications'] }),
};
