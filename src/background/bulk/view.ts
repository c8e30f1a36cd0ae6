// A batch as the Bulk send page shows it: per-row status and link, the counts, the time left at
// Box's create limit. No passwords: they never leave the background once sent to it.
import type { BulkView } from '../../shared/messages';
import type { BulkContext } from './context';
import { timeLeft } from './pacer';
import type { Batch, BulkState } from './store';

export function toView(ctx: BulkContext, state: BulkState, batch: Batch): BulkView {
  let done = 0;
  let failed = 0;
  let remaining = 0;
  for (const row of batch.rows) {
    if (row.status === 'sent') done++;
    else if (row.status === 'failed') failed++;
    else if (row.status !== 'cancelled') remaining++;
  }
  const sendable = batch.state === 'running' ? remaining : 0;
  return {
    id: batch.id,
    name: batch.name,
    createdAt: batch.createdAt,
    state: batch.state,
    pausedReason: batch.pausedReason,
    counts: { done, failed, remaining },
    etaMs: sendable > 0 ? timeLeft(sendable, state.posts, ctx.now(), ctx.pace, state.holdUntil) : null,
    rows: batch.rows.map((row) => ({
      id: row.id,
      email: row.signer.email,
      name: row.name,
      status: row.status,
      requestId: row.requestId,
      link: row.link,
      error: row.error,
    })),
  };
}
