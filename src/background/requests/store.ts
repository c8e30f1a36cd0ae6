// The "All requests" cache in storage.local under one key, written through one queue. The worker reads
// back only what it wrote itself; a record of another shape (an older version) starts the list afresh.
import { decodeCache, encodeCache, REQUESTS_KEY, type ListedRequest, type RequestsCache } from '../../shared/requests-cache';
import type { StorageArea } from '../../shared/storage-area';
import { createQueue } from '../tracking/queue';

export const emptyCache = (): RequestsCache => ({ refreshedAt: null, requests: [], error: null, backoffUntil: 0, limited: 0 });

export type RequestsStore = {
  read(): Promise<RequestsCache>;
  update(change: (cache: RequestsCache) => RequestsCache): Promise<RequestsCache>;
};

export function createRequestsStore(area: StorageArea): RequestsStore {
  const writes = createQueue();
  const read = async (): Promise<RequestsCache> => {
    const decoded = decodeCache((await area.get(REQUESTS_KEY))[REQUESTS_KEY]);
    return decoded ? { ...emptyCache(), ...decoded, requests: decoded.requests as ListedRequest[] } : emptyCache();
  };
  return {
    read,
    update: (change) =>
      writes(async () => {
        const next = change(await read());
        await area.set(encodeCache(next));
        return next;
      }),
  };
}
