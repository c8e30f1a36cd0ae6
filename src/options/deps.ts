// What the options page needs from the browser; `main.tsx` passes the real ones, tests fakes.
import type { backgroundProtocol } from '../shared/messages';
import type { Client } from '../platform/messaging';
import type { StorageArea } from '../shared/storage-area';
import type { HostAccess } from './CompanyBoxHosts';

export type Background = Client<typeof backgroundProtocol>;

export type OptionsDeps = {
  background: Background;
  /** storage.sync, key `settings`. */
  settingsArea: StorageArea;
  /** storage.managed as the browser gives it (`{}` without a policy); parsed with `readManagedPolicy`. */
  readManaged: () => Promise<unknown>;
  /** The OAuth redirect URI to register in the Box app: `https://<extension-id>.chromiumapp.org/`. */
  redirectUri: string;
  /** Asks the browser for the optional `notifications` permission (from a click only). */
  requestNotifications: () => Promise<boolean>;
  /** Company Box hosts (acme.box.com) the content script may run on; the section is left out without it. */
  hostAccess?: HostAccess;
};
