// Creates a stopped worker left `sending` (or whose outcome Box could not tell): looked up at Box by
// external_id, all in one pass of the list, before anything is posted again. Found → sent; the whole
// list read without it, and long enough ago that Box is surely done → back in line with the same
// external_id; otherwise asked again later. Also: rows whose password did not survive a browser restart.
import { scanByExternalIds } from '../box/lookup';
import { toSummary } from '../box/payload';
import type { SignRequest } from '../box/schemas';
import { flightKey, type BulkContext } from './context';
import { markPending, markSent, needsPassword } from './rows';
import type { Batch, StoredRow } from './store';

const RECOVERY_EVERY_MS = 5_000;
const PAGE_SIZE = 100;

type Orphan = { batch: Batch; row: StoredRow };

export async function recoverOrphans(ctx: BulkContext): Promise<void> {
  if (ctx.now() - ctx.lastRecovery < RECOVERY_EVERY_MS) return;
  ctx.lastRecovery = ctx.now();
  const state = await ctx.store.read();
  const orphans: Orphan[] = state.batches.flatMap((batch) =>
    batch.rows.filter((row) => row.status === 'sending' && !ctx.inFlight.has(flightKey(batch.id, row.id))).map((row) => ({ batch, row })),
  );
  if (orphans.length === 0) return;
  const { found, complete } = await scanFor(ctx, new Set(orphans.map((o) => o.row.externalId)), state.batches.reduce((n, b) => n + b.rows.length, 0));
  for (const { batch, row } of orphans) {
    const request = found.get(row.externalId);
    if (request) await markSent(ctx, batch, row, toSummary(request), []);
    else if (complete && ctx.now() - (row.startedAt ?? 0) >= ctx.settleMs) await markPending(ctx, batch.id, row.id);
  }
}

/** One pass over the user's requests (newest first at Box), until every id is found or the bound. */
async function scanFor(ctx: BulkContext, ids: Set<string>, rowsKnown: number): Promise<{ found: Map<string, SignRequest>; complete: boolean }> {
  const found = new Map<string, SignRequest>();
  const keepFirst = (matches: SignRequest[]) => {
    for (const entry of matches) if (!found.has(entry.external_id!)) found.set(entry.external_id!, entry);
    return found.size === ids.size;
  };
  // Our own batches' requests are the newest: enough pages to pass all of them, and a few more.
  const scan = await scanByExternalIds(ctx.client, ids, { maxPages: Math.ceil(rowsKnown / PAGE_SIZE) + 5, pageSize: PAGE_SIZE }, keepFirst);
  keepFirst(scan.matches);
  return { found, complete: scan.complete };
}

/**
 * After a browser restart storage.session is empty: rows that need a password and have none wait
 * as `needs-password`, and their batch pauses and says so. A worker restart keeps them.
 */
export async function checkPasswords(ctx: BulkContext): Promise<void> {
  const state = await ctx.store.read();
  for (const batch of state.batches) {
    const waiting = batch.rows.filter((row) => row.needsPassword && row.status === 'pending');
    if (waiting.length === 0) continue;
    const kept = await ctx.passwords.get(batch.id);
    await needsPassword(ctx, batch.id, waiting.filter((row) => kept[row.id] === undefined).map((row) => row.id));
  }
}
