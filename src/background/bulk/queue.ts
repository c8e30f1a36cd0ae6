// Bulk send's background queue (issue 15): one create per row, each with its own external_id, at
// Box's create limit, surviving the page closing, the worker stopping and the browser restarting.
// This file is the queue's face: start, progress, the page's controls, the alarm. The parts:
// store.ts (state), passwords.ts (sealed, session only), runner.ts (the loop), pacer.ts (the limit),
// create-row.ts (one create), recover.ts (unknown outcomes, lost passwords), view.ts (progress).
import type { BulkStart, BulkView } from '../../shared/messages';
import { bulkExternalId } from './external-id';
import { assertDownloadable } from '../box/send';
import { assertFitsTemplate } from '../box/templates';
import { createBulkContext, isOpen, syncBulkAlarm, type BulkContext, type BulkDeps } from './context';
import { finishIfDone } from './rows';
import { createRunner } from './runner';
import { batchIn, MAX_BATCHES, type Batch, type StoredRow } from './store';
import { toView } from './view';

export { BULK_ALARM } from './context';
export type BulkQueue = ReturnType<typeof createBulkQueue>;
type Action = 'pause' | 'resume' | 'cancel' | 'retry-failed';

export function createBulkQueue(deps: BulkDeps) {
  const ctx = createBulkContext(deps);
  const runner = createRunner(ctx);
  const kick = () => void runner.kick().catch(() => undefined);

  const view = async (id: string): Promise<BulkView> => {
    const state = await ctx.store.read();
    return toView(ctx, state, batchIn(state, id));
  };

  return {
    async start(input: BulkStart): Promise<BulkView> {
      // Checked once for the whole batch: the files can be signed, the requests fit the template.
      const probe = { ...input.base, signers: input.rows.slice(0, 1).map((row) => row.signer) };
      await assertFitsTemplate(ctx.client, probe);
      await assertDownloadable(ctx.client, input.base.fileIds);
      const id = ctx.newId();
      const passwords: Record<string, string> = {};
      const rows: StoredRow[] = input.rows.map((row) => {
        if (row.signer.password !== null) passwords[row.id] = row.signer.password;
        return {
          id: row.id,
          name: row.name,
          signer: { ...row.signer, password: null },
          ...(row.prefill?.length ? { prefill: row.prefill } : {}),
          needsPassword: row.signer.password !== null,
          externalId: bulkExternalId(id, ctx.newExternalId()),
          status: 'pending',
          startedAt: null,
          requestId: null,
          link: null,
          error: null,
        };
      });
      // Passwords first: a row is never queued without the password it needs.
      await ctx.passwords.add(id, passwords);
      const batch: Batch = { id, name: input.name, createdAt: ctx.now(), base: input.base, state: 'running', pausedReason: null, rows };
      await ctx.store.update((state) => {
        // Batches still sending are never dropped to make room.
        const kept = state.batches.filter((b) => b.rows.some(isOpen));
        const old = state.batches.filter((b) => !b.rows.some(isOpen)).slice(0, Math.max(0, MAX_BATCHES - 1 - kept.length));
        state.batches = [batch, ...state.batches.filter((b) => kept.includes(b) || old.includes(b))];
      });
      await syncBulkAlarm(ctx);
      kick();
      return view(id);
    },

    async status(id?: string): Promise<BulkView | null> {
      const state = await ctx.store.read();
      const batch = id === undefined ? state.batches[0] : state.batches.find((b) => b.id === id);
      return batch ? toView(ctx, state, batch) : null;
    },

    async control(id: string, action: Action, passwords?: Record<string, string>): Promise<BulkView> {
      // The batch's state first, then the passwords: a cancelled or finished batch gets none written.
      const accepted = action === 'resume' ? passwordsFor(batchIn(await ctx.store.read(), id), passwords) : {};
      if (Object.keys(accepted).length > 0) await ctx.passwords.add(id, accepted);
      const given = new Set(Object.keys(accepted));
      const after = await ctx.store.update((state) => applyAction(ctx, batchIn(state, id), action, given));
      // A cancel that came between the check and the write: what it left waiting keeps no password.
      if (action === 'cancel' || after.batches.find((b) => b.id === id)?.state === 'cancelled') await dropPasswords(ctx, id);
      await syncBulkAlarm(ctx);
      if (action === 'resume' || action === 'retry-failed') kick();
      return view(id);
    },

    /** The alarm, and the worker's start: carry on with whatever a stopped worker left. */
    wake(): Promise<void> {
      return runner.kick().catch(() => undefined);
    },
  };
}

function applyAction(ctx: BulkContext, batch: Batch, action: Action, given: Set<string>): void {
  if (action === 'pause' && batch.state === 'running') batch.state = 'paused';
  if (action === 'cancel' && (batch.state === 'running' || batch.state === 'paused')) {
    // What has not started stops; creates already posted finish and stay listed.
    batch.rows = batch.rows.map((row) => (row.status === 'pending' || row.status === 'needs-password' ? { ...row, status: 'cancelled' } : row));
    batch.state = 'cancelled';
    batch.pausedReason = null;
  }
  if (action === 'resume' && batch.state === 'paused') {
    batch.rows = batch.rows.map((row) => (row.status === 'needs-password' && given.has(row.id) ? { ...row, status: 'pending' } : row));
    if (!batch.rows.some((row) => row.status === 'needs-password')) {
      batch.state = 'running';
      batch.pausedReason = null;
    }
  }
  if (action === 'retry-failed' && batch.state !== 'cancelled') {
    // Box refused these (nothing was created): a fresh external_id, so no look-up can mix them up.
    batch.rows = batch.rows.map((row) => (row.status === 'failed' ? { ...row, status: 'pending', error: null, externalId: bulkExternalId(batch.id, ctx.newExternalId()) } : row));
    if (batch.rows.some((row) => row.status === 'pending') && batch.state === 'done') batch.state = 'running';
  }
  finishIfDone(batch);
}

/** The passwords a resume may keep: only a paused batch's rows that still wait for one. */
function passwordsFor(batch: Batch, passwords: Record<string, string> | undefined): Record<string, string> {
  if (!passwords || batch.state !== 'paused') return {};
  const waiting = new Set(batch.rows.filter((row) => row.needsPassword && isOpen(row) && row.status !== 'sending').map((row) => row.id));
  return Object.fromEntries(Object.entries(passwords).filter(([rowId]) => waiting.has(rowId)));
}

async function dropPasswords(ctx: BulkContext, batchId: string): Promise<void> {
  const state = await ctx.store.read();
  const batch = state.batches.find((b) => b.id === batchId);
  // Every row's: a cancelled batch never sends again (retry-failed leaves it alone), and a row that was
  // sending or had failed must not leave its password in the session until the browser closes.
  if (batch) await ctx.passwords.drop(batchId, batch.rows.map((row) => row.id));
}
