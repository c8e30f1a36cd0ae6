// "Notify me when a request is finished" is one setting, `notifyOnFinish` in the user's settings
// (storage.sync, also on the options page), which the organisation may set and lock by policy.
// Tracking reads it when a request ends and writes it from the Sent view's toggle.
import { effectiveSettings, loadSettings, readManagedPolicy, updateSettings } from '../../shared/settings';
import type { StorageArea } from '../../shared/storage-area';

export type NotifySetting = {
  read(): Promise<{ enabled: boolean; locked: boolean }>;
  write(enabled: boolean): Promise<void>;
};

export function notifySetting(sync: StorageArea, readManaged: () => Promise<unknown>): NotifySetting {
  const managed = async () => readManagedPolicy(await readManaged().catch(() => ({})));
  return {
    async read() {
      const { settings, locked } = effectiveSettings(await loadSettings(sync), await managed());
      return { enabled: settings.notifyOnFinish, locked: locked.notifyOnFinish };
    },
    async write(enabled) {
      await updateSettings(sync, { notifyOnFinish: enabled });
    },
  };
}
