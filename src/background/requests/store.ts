// The "All requests" cache in storage.local under one key, written through one queue. The worker reads
// back only what it wrote itself; a record of another shape (an older version) starts the list afresh.
import { REQUESTS_KEY, type RequestsCache } from '../../shared/requests-cache';
import type { StorageArea } from '../../shared/storage-area';
import { createQueue } from '../tracking/queue';

export const emptyCache = (): RequestsCache => ({ version: 1, refreshedAt: null, requests: [], error: null, backoffUntil: 0, limited: 0 });

export type RequestsStore = {
  read(): Promise<RequestsCache>;
  update(change: (cache: RequestsCache) => RequestsCache): Promise<RequestsCache>;
};

export function createRequestsStore(area: StorageArea): RequestsStore {
  const writes = createQueue();
  const read = async (): Promise<RequestsCache> => {
    const raw = (await area.get(REQUESTS_KEY))[REQUESTS_KEY] as Partial<RequestsCache> | undefined;
    return raw?.version === 1 && Array.isArray(raw.requests) ? { ...emptyCache(), ...raw } : emptyCache();
  };
  return {
    read,
    update: (change) =>
      writes(async () => {
        const next = change(await read());
        await area.set({ [REQUESTS_KEY]: next });
        return next;
      }),
  };
}
