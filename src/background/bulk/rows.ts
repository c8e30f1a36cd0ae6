// Changes to one row or one batch, each one read-modify-write of the store.
import type { SignRequestSummary } from '../../shared/messages';
import type { BulkContext } from './context';
import { isOpen } from './context';
import { batchIn, type Batch, type BatchRef, type StoredRow } from './store';
import { words } from './words';

export async function setRow(ctx: BulkContext, batchId: string, rowId: string, change: (row: StoredRow) => StoredRow): Promise<void> {
  await ctx.store.update((state) => {
    const batch = batchIn(state, batchId);
    batch.rows = batch.rows.map((row) => (row.id === rowId ? change(row) : row));
    finishIfDone(batch);
  });
}

/** A running batch with nothing left to send is done. */
export function finishIfDone(batch: Batch): void {
  if ((batch.state === 'running' || batch.state === 'cancelled') && !batch.rows.some(isOpen)) {
    if (batch.state === 'running') batch.state = 'done';
  }
}

export const markPending = (ctx: BulkContext, batchId: string, rowId: string) =>
  setRow(ctx, batchId, rowId, (row) => ({ ...row, status: row.status === 'cancelled' ? 'cancelled' : 'pending', startedAt: null }));

export async function markSent(ctx: BulkContext, batch: BatchRef, row: StoredRow, request: SignRequestSummary, copies: SignRequestSummary[]): Promise<void> {
  const link = request.openUrl ?? request.prepareUrl;
  await setRow(ctx, batch.id, row.id, (r) => ({ ...r, status: 'sent', startedAt: null, requestId: request.id, link, error: null }));
  await ctx.passwords.drop(batch.id, [row.id]);
  await ctx.onCreated?.(batch, row, request, copies).catch(() => undefined);
}

/** Rows whose password was lost with a browser restart: they wait, and the batch pauses and says why. */
export async function needsPassword(ctx: BulkContext, batchId: string, rowIds: readonly string[]): Promise<void> {
  if (rowIds.length === 0) return;
  const ids = new Set(rowIds);
  await ctx.store.update((state) => {
    const batch = batchIn(state, batchId);
    batch.rows = batch.rows.map((row) => (ids.has(row.id) && row.status === 'pending' ? { ...row, status: 'needs-password', startedAt: null } : row));
    if (batch.state === 'running') {
      batch.state = 'paused';
      batch.pausedReason = words.passwordsLost;
    }
  });
}
