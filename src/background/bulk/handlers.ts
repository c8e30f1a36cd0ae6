// Bulk send's messages (shared/schemas/bulk.ts), over the queue. The protocol schema has already
// run the popup's rules on every row's request; the queue checks the files and template once.
import type { bulkProtocol } from '../../shared/schemas/bulk';
import type { Handlers } from '../message-handler';
import type { SenderLike } from '../../shared/senders';
import type { SignRequestSummary } from '../../shared/messages';
import type { Tracker } from '../tracking/tracker';
import type { BulkQueue } from './queue';
import type { BatchRef } from './store';

export function bulkHandlers(queue: BulkQueue): Handlers<typeof bulkProtocol, SenderLike> {
  return {
    bulkStart: (data) => queue.start(data),
    bulkStatus: ({ id }) => queue.status(id),
    bulkControl: ({ id, action, passwords }) => queue.control(id, action, passwords),
  };
}

/** Every bulk request is recorded for the Sent view as well, grouped by its batch; copies are cancelled there. */
export function recordInSent(tracker: Tracker) {
  return async (batch: BatchRef, _row: unknown, request: SignRequestSummary, copies: SignRequestSummary[]): Promise<void> => {
    const files = batch.base.fileIds.map((id) => ({ id, name: null }));
    await tracker.recordSend(batch.base.fileIds, async () => ({ outcome: 'sent' as const, request, ...(copies.length ? { copies } : {}) }), () => files, {
      batch: { id: batch.id, name: batch.name },
    });
  };
}
