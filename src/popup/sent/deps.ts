import type { StorageArea } from '../../shared/storage-area';
// What the "Sent" view needs beyond the popup's own dependencies. Optional, so a popup without
// it (tests, older wiring) simply offers no notifications toggle.
export type NotificationPermission = {
  /** Must be called straight from the click: the browser only asks during a user gesture. */
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
};

/** "All requests": the cached list (storage.local) and how to open the page. */
export type AllRequestsDeps = { area: StorageArea; open: () => void };

export type SentDeps = { notificationPermission?: NotificationPermission; allRequests?: AllRequestsDeps };
