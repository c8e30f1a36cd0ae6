import { describe, expect, it } from 'vitest';
import { memoryArea, type StorageArea } from '../../shared/storage-area';
import { bulkStart } from './bulk.test-helpers';
import { BULK_KEY, createBulkStore, ROWS_PER_CHUNK, type Batch, type BulkState } from './store';

function batchOf(count: number, id = 'b1'): Batch {
  const start = bulkStart(count);
  return {
    id, name: null, createdAt: 1, base: start.base, state: 'running', pausedReason: null,
    rows: start.rows.map((row) => ({ id: row.id, name: null, signer: { ...row.signer, password: null }, needsPassword: true, externalId: `x-${row.id}`, status: 'pending', startedAt: null, requestId: null, link: null, error: null })),
  };
}

/** An area that counts what each set writes. */
function countingArea() {
  const area = memoryArea();
  const sets: string[][] = [];
  const counted: StorageArea = { get: area.get, remove: area.remove, set: async (items) => (sets.push(Object.keys(items)), area.set(items)) };
  return { area, counted, sets };
}

const add = (batch: Batch) => (state: BulkState) => void state.batches.unshift(batch);
const sent = (rowId: string) => (state: BulkState) => {
  const row = state.batches[0]!.rows.find((r) => r.id === rowId)!;
  row.status = 'sent';
};

describe('bulk store', () => {
  it("keeps a batch's rows in chunks and rewrites only the chunk a row's change touches", async () => {
    const { area, counted, sets } = countingArea();
    const store = createBulkStore(counted);
    await store.update(add(batchOf(ROWS_PER_CHUNK * 3 + 1)));
    expect(sets[0]!.sort()).toEqual([BULK_KEY, `${BULK_KEY}:b1:0`, `${BULK_KEY}:b1:1`, `${BULK_KEY}:b1:2`, `${BULK_KEY}:b1:3`].sort());
    await store.update(sent(`r${ROWS_PER_CHUNK + 2}`));
    expect(sets[1]).toEqual([`${BULK_KEY}:b1:1`]);
    // A new worker reads it back whole.
    const again = await createBulkStore(area).read();
    expect(again.batches[0]!.rows).toHaveLength(ROWS_PER_CHUNK * 3 + 1);
    expect(again.batches[0]!.rows[ROWS_PER_CHUNK + 1]!.status).toBe('sent');
  });

  it('writes changes that arrive together once, each caller answered after its change is stored', async () => {
    const { counted, sets } = countingArea();
    const store = createBulkStore(counted);
    await store.update(add(batchOf(4)));
    const answers = await Promise.all(['r1', 'r2', 'r3'].map((id) => store.update(sent(id))));
    expect(sets.length).toBeLessThanOrEqual(3); // the first change alone, the other two together
    expect(answers.at(-1)!.batches[0]!.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'pending']);
    expect((await store.read()).batches[0]!.rows.filter((r) => r.status === 'sent')).toHaveLength(3);
  });

  it('a change that throws changes nothing, and the others of its group still apply', async () => {
    const store = createBulkStore(memoryArea());
    await store.update(add(batchOf(2)));
    const results = await Promise.allSettled([
      store.update(sent('r1')),
      store.update((state) => {
        state.batches[0]!.rows[1]!.status = 'failed';
        throw new Error('no');
      }),
      store.update(sent('r2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.read()).batches[0]!.rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('reads a batch stored whole under one key (before the rows were chunked), and drops one whose chunk is lost', async () => {
    const old = batchOf(3);
    expect((await createBulkStore(memoryArea({ [BULK_KEY]: { batches: [old], posts: [], holdUntil: 0 } })).read()).batches[0]!.rows).toHaveLength(3);
    const area = memoryArea();
    await createBulkStore(area).update(add(batchOf(ROWS_PER_CHUNK + 1)));
    await area.remove(`${BULK_KEY}:b1:1`);
    expect((await createBulkStore(area).read()).batches).toEqual([]);
  });

  it('removes the chunks of a batch that is forgotten', async () => {
    const area = memoryArea();
    const store = createBulkStore(area);
    await store.update(add(batchOf(ROWS_PER_CHUNK + 1)));
    await store.update((state) => void (state.batches = []));
    expect(Object.keys(area.dump())).toEqual([BULK_KEY]);
  });
});
