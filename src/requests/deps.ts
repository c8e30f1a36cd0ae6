// What the "All requests" page needs from the browser; `main.tsx` passes the real ones, tests fakes.
import type { backgroundProtocol } from '../shared/messages';
import type { Client } from '../platform/messaging';
import type { StorageArea } from '../shared/storage-area';

export type RequestsDeps = {
  background: Client<typeof backgroundProtocol>;
  /** storage.local: the cached list (key `requests`), written by the worker. */
  local: StorageArea;
  /** storage.session: where "Copy signers" leaves a draft for the sending form. */
  session: StorageArea;
  /** Calls `listener` whenever the cached list changes; returns the unsubscribe. */
  onListChanged(listener: () => void): () => void;
  /** Opens a Box page in a new tab (only https Box URLs are passed). */
  openTab(url: string): void;
  now(): number;
  /** The company Box hosts the user granted (`acme.box.com`): links there open too (ui/box-hosts.tsx). Absent: none. */
  companyHosts?: () => Promise<string[]>;
  /** The read of the list started before the page's scripts ran (platform/requests-early.ts). */
  earlyList?: Promise<Record<string, unknown>>;
};
