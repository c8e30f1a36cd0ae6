// What the popup needs from the browser. `main.ts` passes the real ones from src/platform;
// tests pass fakes, so the popup never imports webextension-polyfill.
import type { backgroundProtocol, PageFiles } from '../shared/messages';
import type { Client } from '../platform/messaging';
import type { StorageArea } from '../shared/storage-area';

export type Background = Client<typeof backgroundProtocol>;

export type PopupDeps = {
  background: Background;
  /** Files of the user's Box tab, or null when that tab is not a Box page. */
  getActiveTabFiles: () => Promise<PageFiles | null>;
  /** storage.session: drafts must not outlive the browser session. */
  draftArea: StorageArea;
  /** storage.local: recent signers (emails and phone numbers, never passwords). Absent: none are kept. */
  recentArea?: StorageArea;
  /** Opens a URL in a new tab (Box's preparation page). Absent: `window.open`. */
  openTab?: (url: string) => void;
  /** storage.sync, key `settings`. */
  settingsArea: StorageArea;
  /**
   * Whether the background last found the user connected (storage.session, see known-auth.ts). When
   * it did, the form is shown without waiting for the background's check, which still follows and
   * wins. Absent: always wait for the background.
   */
  knownConnected?: () => Promise<boolean>;
  openOptionsPage: () => Promise<void>;
  /** The company Box hosts the user granted (`acme.box.com`): links there open too (ui/box-hosts.tsx). Absent: none. */
  companyHosts?: () => Promise<string[]>;
  /** storage.managed as the browser gives it: the organisation's policy. Absent: none. */
  readManaged?: () => Promise<unknown>;
};
