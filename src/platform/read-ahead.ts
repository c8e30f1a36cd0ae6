// A storage area whose first read of some keys is already under way: the popup starts its reads
// before its larger scripts are evaluated (popup-early.ts). Apart from shared/storage-area.ts so the
// background, which shares that module, does not carry it.
import type { StorageArea } from '../shared/storage-area';

/**
 * `area`, with one read of `keys` already under way (`ahead`, started now if not given): the first
 * `get` of any of those keys is answered from it; later ones, and any after a write to the key, read
 * again. For values needed a little later whose read can start early.
 */
export function readAhead(area: StorageArea, keys: readonly string[], ahead: Promise<Record<string, unknown>> = area.get([...keys])): StorageArea {
  const pending = new Set(keys);
  ahead.catch(() => undefined); // Handled by whoever takes it; never an unhandled rejection meanwhile.
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    async get(keys) {
      const wanted = list(keys);
      if (wanted.length === 0 || !wanted.every((key) => pending.has(key))) return area.get(keys);
      for (const key of wanted) pending.delete(key);
      const all = await ahead;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (Object.hasOwn(all, key)) out[key] = all[key];
      return out;
    },
    set(items) {
      for (const key of Object.keys(items)) pending.delete(key);
      return area.set(items);
    },
    remove(keys) {
      for (const key of list(keys)) pending.delete(key);
      return area.remove(keys);
    },
  };
}
