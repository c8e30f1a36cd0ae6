// The bulk queue's state, in storage.local under one key: it must outlive the page, the worker and
// a browser restart. Parsed with zod on every read (storage.local is readable and writable by content
// scripts: a bad batch is dropped, never fatal); written through one queue so the runner, the page's
// controls and the alarm never overwrite each other. No passwords here: see passwords.ts.
import * as z from 'zod/mini';
import { PrefillSchema, SignerSchema } from '../../shared/messages';
import { BULK_ROW_STATUSES, BulkStartSchema } from '../../shared/schemas/bulk';
import type { BoxFacts } from '../../shared/box-facts';
import type { StorageArea } from '../../shared/storage-area';

export const BULK_KEY = 'bulk';
/** Finished batches kept for the page's results; older ones are forgotten (their requests stay in Box). */
export const MAX_BATCHES = 10;

const StoredRowSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  /** The signer without a password: that lives in storage.session (passwords.ts) while the row waits. */
  signer: SignerSchema,
  /** The row's values for the template's placeholders. */
  prefill: z.optional(PrefillSchema),
  needsPassword: z.boolean(),
  /** The create's external_id, chosen before anything is posted: an unknown outcome is looked up by it. */
  externalId: z.string(),
  status: z.enum(BULK_ROW_STATUSES),
  /** When the create was posted: a `sending` row not in this worker's hands is looked up by external_id. */
  startedAt: z.nullable(z.number()),
  requestId: z.nullable(z.string()),
  link: z.nullable(z.string()),
  /** A refusal in words, or a Box failure's facts (the page words them and checks them: shared/box-facts.ts). */
  error: z.nullable(z.union([z.string(), z.custom<BoxFacts>((value) => typeof value === 'object' && value !== null)])),
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

/** Rows per stored chunk: a row's change rewrites its chunk (~20 KB), not the whole batch. */
export const ROWS_PER_CHUNK = 50;
const chunkKey = (batchId: string, index: number) => `${BULK_KEY}:${batchId}:${index}`;

type StoredBatch = Omit<Batch, 'rows'> & { rows?: unknown[]; chunks?: number };

/** The state as storage items: the batches without their rows under `bulk`, the rows in chunks of their own. */
function toItems(state: BulkState): Map<string, string> {
  // As JSON: compared with what was last written, and stored as the browser would store it.
  const items = new Map<string, string>();
  const batches = state.batches.map(({ rows, ...batch }) => {
    const chunks = Math.ceil(rows.length / ROWS_PER_CHUNK);
    for (let i = 0; i < chunks; i++) items.set(chunkKey(batch.id, i), JSON.stringify(rows.slice(i * ROWS_PER_CHUNK, (i + 1) * ROWS_PER_CHUNK)));
    return { ...batch, chunks };
  });
  items.set(BULK_KEY, JSON.stringify({ batches, posts: state.posts, holdUntil: state.holdUntil }));
  return items;
}

/** Reads the state back from its chunks (or from one key, as stored before the rows were chunked). */
async function load(area: StorageArea): Promise<{ state: BulkState; keys: Set<string> }> {
  const head = (await area.get(BULK_KEY))[BULK_KEY] as { batches?: unknown } | undefined;
  const batches = Array.isArray(head?.batches) ? (head.batches as StoredBatch[]) : [];
  const keys = batches.flatMap((b) => (typeof b?.chunks === 'number' && typeof b.id === 'string' ? Array.from({ length: Math.min(b.chunks, 1000) }, (_, i) => chunkKey(b.id, i)) : []));
  const chunks = keys.length > 0 ? await area.get(keys) : {};
  const whole = batches.map((b) => {
    if (typeof b?.chunks !== 'number' || typeof b.id !== 'string') return b;
    const rows: unknown[] = [];
    for (let i = 0; i < b.chunks; i++) {
      const chunk = chunks[chunkKey(b.id, i)];
      if (!Array.isArray(chunk)) return null; // a lost chunk: the batch is damaged, and dropped
      rows.push(...chunk);
    }
    const { chunks: _, ...rest } = b;
    return { ...rest, rows };
  });
  return { state: parseBulkState({ ...(head ?? {}), batches: whole }), keys: new Set(Object.keys(chunks).concat(head === undefined ? [] : [BULK_KEY])) };
}

type Waiting = { change: ((state: BulkState) => void) | null; done: (state: BulkState) => void; fail: (error: unknown) => void };

export function createBulkStore(area: StorageArea): BulkStore {
  // Only this worker writes these keys, so after the first read the state is kept in memory: a batch
  // of thousands of rows is parsed once per worker, not at every change. A new worker reads it afresh.
  let current: BulkState | null = null;
  /** What storage holds, per key, as last written: a write sets only the chunks that changed. */
  let written = new Map<string, string>();
  let queue: Waiting[] = [];
  let flushing = false;

  // Group commit: the changes that arrive while a write is under way are applied together and
  // written once. Each change still sees every change queued before it; each caller's promise
  // settles only once its change is in storage; a reader never sees the state from before a change.
  async function flush(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      try {
        if (current === null) {
          const loaded = await load(area);
          current = loaded.state;
          // What is stored is not known byte for byte: the first write sets every key, and removes strays.
          written = new Map([...loaded.keys].map((key) => [key, '']));
        }
        const base = current;
        if (!group.some((item) => item.change)) {
          // Only readers: nothing to copy or write (the runner reads at every turn of its loop).
          for (const item of group) item.done(base);
          continue;
        }
        let next = structuredClone(base);
        const applied: Waiting[] = [];
        const failed = new Map<Waiting, unknown>();
        for (const item of group) {
          if (!item.change) continue;
          try {
            item.change(next);
            applied.push(item);
          } catch (error) {
            // A change that throws leaves nothing behind: the ones before it are applied again without it.
            failed.set(item, error);
            next = structuredClone(base);
            for (const done of applied) done.change!(next);
          }
        }
        if (applied.length > 0) await write(next);
        current = next;
        for (const item of group) (failed.has(item) ? item.fail(failed.get(item)) : item.done(next));
      } catch (error) {
        for (const item of group) item.fail(error);
      }
    }
    flushing = false;
  }

  async function write(state: BulkState): Promise<void> {
    const items = toItems(state);
    const changed: Record<string, unknown> = {};
    for (const [key, json] of items) if (written.get(key) !== json) changed[key] = JSON.parse(json);
    const gone = [...written.keys()].filter((key) => !items.has(key));
    if (Object.keys(changed).length > 0) await area.set(changed);
    if (gone.length > 0) await area.remove(gone);
    written = items;
  }

  const enqueue = (change: Waiting['change']) =>
    new Promise<BulkState>((done, fail) => {
      queue.push({ change, done, fail });
      if (!flushing) void flush();
    });
  return { read: () => enqueue(null), update: (change) => enqueue(change) };
}

/** The batch with `id`, in a state being changed; throws when it is gone. */
export function batchIn(state: BulkState, id: string): Batch {
  const batch = state.batches.find((b) => b.id === id);
  if (!batch) throw new Error('bulk batch not found');
  return batch;
}
