// The worker writes settings only that do not protect signers (the Sent view's notifications
// toggle, the upgrade after an update) and holds no proof key: it never acts on the fields the
// pages prove (ui/settings-guard.ts). Its writes carry the stored proof over, so values a page
// proved stay proven and unproven ones stay unproven; the worker never makes a value trusted.
import { SETTINGS_KEY, SETTINGS_PROOF_KEY } from '../shared/settings';
import type { StorageArea } from '../shared/storage-area';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function proofKeepingArea(inner: StorageArea): StorageArea {
  return {
    get: (keys) => inner.get(keys),
    async set(items) {
      const record = items[SETTINGS_KEY];
      const stored = (await inner.get(SETTINGS_KEY))[SETTINGS_KEY];
      const proof = isRecord(stored) ? stored[SETTINGS_PROOF_KEY] : undefined;
      await inner.set(isRecord(record) && proof !== undefined ? { ...items, [SETTINGS_KEY]: { ...record, [SETTINGS_PROOF_KEY]: proof } } : items);
    },
    remove: (keys) => inner.remove(keys),
  };
}
