// The bulk queue's state, in storage.local under one key: it must outlive the page, the worker and
// a browser restart. Parsed with zod on every read (storage.local is readable and writable by content
// scripts: a bad batch is dropped, never fatal); written through one queue so the runner, the page's
// controls and the alarm never overwrite each other. No passwords here: see passwords.ts.
import * as z from 'zod/mini';
import { BULK_ROW_STATUSES, BulkStartSchema, SignerSchema } from '../../shared/messages';
import type { StorageArea } from '../../shared/storage-area';
import { createQueue } from '../tracking/queue';

export const BULK_KEY = 'bulk';
/** Finished batches kept for the page's results; older ones are forgotten (their requests stay in Box). */
export const MAX_BATCHES = 10;

const StoredRowSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  /** The signer without a password: that lives in storage.session (passwords.ts) while the row waits. */
  signer: SignerSchema,
  needsPassword: z.boolean(),
  /** The create's external_id, chosen before anything is posted: an unknown outcome is looked up by it. */
  externalId: z.string(),
  status: z.enum(BULK_ROW_STATUSES),
  /** When the create was posted: a `sending` row not in this worker's hands is looked up by external_id. */
  startedAt: z.nullable(z.number()),
  requestId: z.nullable(z.string()),
  link: z.nullable(z.string()),
  error: z.nullable(z.string()),
});
export type StoredRow = z.infer<typeof StoredRowSchema>;

const BatchSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  createdAt: z.number(),
  base: BulkStartSchema.def.shape.base,
  state: z.enum(['running', 'paused', 'cancelled', 'done']),
  pausedReason: z.nullable(z.string()),
  rows: z.array(StoredRowSchema),
});
export type Batch = z.infer<typeof BatchSchema>;
/** What a row's create needs of its batch. */
export type BatchRef = Pick<Batch, 'id' | 'name' | 'base'>;

export type BulkState = {
  /** Newest first. */
  batches: Batch[];
  /** Times creates were posted (any batch): the pace survives a worker restart. */
  posts: number[];
  /** Box said 429: no create before this time. */
  holdUntil: number;
};

const StateSchema = z.object({
  batches: z.array(z.unknown()),
  posts: z.catch(z.array(z.number()), []),
  holdUntil: z.catch(z.number(), 0),
});

export function parseBulkState(raw: unknown): BulkState {
  const parsed = StateSchema.safeParse(raw);
  if (!parsed.success) return { batches: [], posts: [], holdUntil: 0 };
  const batches = parsed.data.batches.flatMap((batch) => {
    const one = BatchSchema.safeParse(batch);
    return one.success ? [one.data] : [];
  });
  return { batches: batches.slice(0, MAX_BATCHES), posts: parsed.data.posts, holdUntil: parsed.data.holdUntil };
}

export type BulkStore = {
  read(): Promise<BulkState>;
  /** Read-modify-write, queued behind every other update. Returns what was written. */
  update(change: (state: BulkState) => void): Promise<BulkState>;
};

export function createBulkStore(area: StorageArea): BulkStore {
  const writes = createQueue();
  // Only this worker writes the key, so after the first read the state is kept in memory: a batch of
  // thousands of rows is parsed once per worker, not at every change. A new worker reads it afresh.
  let cached: Promise<BulkState> | null = null;
  const read = () => (cached ??= area.get(BULK_KEY).then((stored) => parseBulkState(stored[BULK_KEY]), (error: unknown) => ((cached = null), Promise.reject(error))));
  return {
    // Behind any change under way: a reader never sees the state from before it.
    read: () => writes(read),
    update: (change) =>
      writes(async () => {
        const state = structuredClone(await read());
        change(state);
        await area.set({ [BULK_KEY]: state });
        cached = Promise.resolve(state);
        return state;
      }),
  };
}

/** The batch with `id`, in a state being changed; throws when it is gone. */
export function batchIn(state: BulkState, id: string): Batch {
  const batch = state.batches.find((b) => b.id === id);
  if (!batch) throw new Error('bulk batch not found');
  return batch;
}
