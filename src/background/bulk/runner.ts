// The queue's loop: while a running batch has rows waiting, post their creates at Box's pace, a few
// at a time. One loop per worker (kick() joins a running one). Each create is claimed in the store
// (status `sending`, its time among the paced posts) before it is posted, so a worker stopped at any
// point leaves a row recover.ts can settle. The alarm wakes a new worker to carry on.
import { flightKey, isOpen, syncBulkAlarm, type BulkContext } from './context';
import { createRow } from './create-row';
import { recentPosts, waitBeforePost } from './pacer';
import { checkPasswords, recoverOrphans } from './recover';
import { batchIn, type Batch, type BatchRef, type BulkState, type StoredRow } from './store';

/** The longest single sleep: the loop looks again for pauses and cancels at least this often. */
const MAX_NAP_MS = 2_000;

export function createRunner(ctx: BulkContext) {
  let loop: Promise<void> | null = null;
  const flights = new Set<Promise<void>>();

  async function run(): Promise<void> {
    await checkPasswords(ctx);
    for (;;) {
      await recoverOrphans(ctx);
      const state = await ctx.store.read();
      const next = nextRow(state, ctx.inFlight);
      if (!next || flights.size >= ctx.concurrency) {
        if (flights.size === 0) break;
        await Promise.race(flights); // a create ends (every fetch has a time-out)
        continue;
      }
      const wait = waitBeforePost(state.posts, ctx.now(), ctx.pace, state.holdUntil);
      if (wait > 0) {
        await Promise.race([...flights, ctx.sleep(Math.min(wait, MAX_NAP_MS))]);
        continue;
      }
      const claimed = await claim(ctx, next.batch.id, next.row.id);
      if (!claimed) continue;
      const key = flightKey(claimed.batch.id, claimed.row.id);
      ctx.inFlight.add(key);
      let posting!: () => void;
      const posted = new Promise<void>((resolve) => (posting = resolve));
      const flight = createRow(ctx, claimed.batch, claimed.row, posting)
        .catch(() => undefined) // the row stays `sending`: recover.ts looks it up
        .finally(() => {
          ctx.inFlight.delete(key);
          flights.delete(flight);
        });
      flights.add(flight);
      // Nothing else until this create is posted (or ends without a post): the pace counts it from its claim.
      await Promise.race([posted, flight]);
    }
    await syncBulkAlarm(ctx).catch(() => undefined);
  }

  return {
    /** Starts the loop unless it runs; resolves when it ends (nothing left, or everything paused). */
    kick(): Promise<void> {
      loop ??= run().finally(() => {
        loop = null;
      });
      return loop;
    },
  };
}

/** The first waiting row of the oldest running batch. */
function nextRow(state: BulkState, inFlight: Set<string>): { batch: Batch; row: StoredRow } | null {
  for (const batch of [...state.batches].reverse()) {
    if (batch.state !== 'running') continue;
    const row = batch.rows.find((r) => r.status === 'pending' && !inFlight.has(flightKey(batch.id, r.id)));
    if (row) return { batch, row };
  }
  return null;
}

/** Marks the row `sending` and counts its post, if it is still waiting in a running batch. */
async function claim(ctx: BulkContext, batchId: string, rowId: string): Promise<{ batch: BatchRef; row: StoredRow } | null> {
  let claimed: { batch: BatchRef; row: StoredRow } | null = null;
  const at = ctx.now();
  await ctx.store.update((state) => {
    const batch = batchIn(state, batchId);
    const row = batch.rows.find((r) => r.id === rowId);
    if (!row || row.status !== 'pending' || batch.state !== 'running') return;
    if (waitBeforePost(state.posts, at, ctx.pace, state.holdUntil) > 0) return; // the pace, checked where it is written
    row.status = 'sending';
    row.startedAt = at;
    state.posts = [...recentPosts(state.posts, at, ctx.pace), at];
    claimed = { batch: { id: batch.id, name: batch.name, base: batch.base }, row: { ...row } };
  });
  return claimed;
}

export { isOpen };
