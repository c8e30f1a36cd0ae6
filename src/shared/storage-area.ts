// The slice of a storage area our code uses. The browser's storage.local/session/sync fit it,
// and tests pass `memoryArea()` instead.
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** An in-memory StorageArea for tests and for code that must run without a browser. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { dump(): Record<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of list(keys)) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of list(keys)) data.delete(key);
    },
    dump: () => Object.fromEntries(data),
  };
}

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
