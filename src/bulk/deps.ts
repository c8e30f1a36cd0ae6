// What the Bulk send page needs from the browser; `main.tsx` passes the real ones, tests fakes.
import type { backgroundProtocol, bulkProtocol } from '../shared/messages';
import type { Client } from '../platform/messaging';
import type { StorageArea } from '../shared/storage-area';
import type { BulkLaunch } from '../shared/bulk-launch';

export type BulkDeps = {
  /** The pages' messages and Bulk send's (which the other pages do not carry). */
  background: Client<typeof backgroundProtocol & typeof bulkProtocol>;
  /** storage.sync: the settings (default country, default method). */
  settingsArea: StorageArea;
  readManaged: () => Promise<unknown>;
  launch: BulkLaunch;
  /** The company Box hosts the user granted: result links there open too (ui/box-hosts.tsx). Absent: none. */
  companyHosts?: () => Promise<string[]>;
};
