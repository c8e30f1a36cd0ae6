// Bulk send's messages (shared/schemas/bulk.ts), over the queue. The protocol schema has already
// run the popup's rules on every row's request; the queue checks the files and template once.
import type { bulkProtocol } from '../../shared/schemas/bulk';
import type { Handlers } from '../message-handler';
import type { SenderLike } from '../../shared/senders';
import type { Signer, SignRequestSummary } from '../../shared/messages';
import type { Tracker } from '../tracking/tracker';
import type { BulkQueue } from './queue';
import type { BatchRef, StoredRow } from './store';

export function bulkHandlers(queue: BulkQueue): Handlers<typeof bulkProtocol, SenderLike> {
  return {
    bulkStart: (data) => queue.start(data),
    bulkStatus: ({ id }) => queue.status(id),
    bulkControl: ({ id, action, passwords }) => queue.control(id, action, passwords),
  };
}

/**
 * Every bulk request is recorded for the Sent view as well, grouped by its batch; copies are cancelled there.
 * `remember`: the signer guard's memory (its phone and domain), as after the popup's send.
 */
export function recordInSent(tracker: Tracker, remember?: (signers: Signer[]) => Promise<void>) {
  return async (batch: BatchRef, row: Pick<StoredRow, 'signer'>, request: SignRequestSummary, copies: SignRequestSummary[]): Promise<void> => {
    const remembered = remember?.([row.signer]).catch(() => undefined);
    const files = batch.base.fileIds.map((id) => ({ id, name: null }));
    await tracker.recordSend(batch.base.fileIds, async () => ({ outcome: 'sent' as const, request, ...(copies.length ? { copies } : {}) }), () => files, {
      batch: { id: batch.id, name: batch.name },
    });
    await remembered;
  };
}

/**
 * `remember` in groups: what arrives while a write is under way is written together next, so rows
 * finishing at Box's pace cost one write of the signer memory per group, not one each.
 */
export function inGroups(remember: (signers: Signer[]) => Promise<void>): (signers: Signer[]) => Promise<void> {
  let waiting: Signer[] = [];
  let writing: Promise<void> | null = null;
  const drain = async () => {
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      await remember(group).catch(() => undefined); // advisory: a failed write is not the send's
    }
    writing = null;
  };
  return (signers) => {
    waiting.push(...signers);
    writing ??= drain();
    return writing;
  };
}
