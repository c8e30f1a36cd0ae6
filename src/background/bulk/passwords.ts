// Passwords of the rows still to send: only in storage.session (memory, gone with the browser),
// sealed with the extension's non-extractable key as the refresh token is, one record per batch.
// A row's password is dropped once its request is created or the row is cancelled.
import type { StorageArea } from '../../shared/storage-area';

const keyOf = (batchId: string) => `bulk-passwords:${batchId}`;

export type RowPasswords = {
  get(batchId: string): Promise<Record<string, string>>;
  add(batchId: string, passwords: Record<string, string>): Promise<void>;
  drop(batchId: string, rowIds: readonly string[]): Promise<void>;
};

/** `sealedSession`: storage.session behind sealedArea (background index.ts); a plain memory area in tests. */
export function rowPasswords(sealedSession: StorageArea): RowPasswords {
  let writes: Promise<unknown> = Promise.resolve();
  const get = async (batchId: string): Promise<Record<string, string>> => {
    const value = (await sealedSession.get(keyOf(batchId)))[keyOf(batchId)];
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  };
  // One change at a time: two rows finishing together must not bring back each other's password.
  const change = (batchId: string, edit: (all: Record<string, string>) => void) => {
    const run = writes.then(async () => {
      const all = await get(batchId);
      edit(all);
      if (Object.keys(all).length === 0) await sealedSession.remove(keyOf(batchId));
      else await sealedSession.set({ [keyOf(batchId)]: all });
    });
    writes = run.catch(() => undefined);
    return run;
  };
  return {
    get,
    add: (batchId, passwords) => change(batchId, (all) => void Object.assign(all, passwords)),
    drop: (batchId, rowIds) => change(batchId, (all) => rowIds.forEach((id) => delete all[id])),
  };
}
