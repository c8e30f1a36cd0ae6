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
