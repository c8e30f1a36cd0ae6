// What the bulk queue's parts share: the injected browser and Box services, and what this worker
// alone knows (the rows it is posting right now). Everything else is in the store.
import type { SendSignRequest, SignRequestSummary } from '../../shared/messages';
import type { AlarmsApi } from '../../platform/background-apis';
import type { BoxClient } from '../box/client';
import { BOX_CREATE_PACE, type PaceLimits } from './pacer';
import type { RowPasswords } from './passwords';
import type { BatchRef, BulkStore, StoredRow } from './store';

export const BULK_ALARM = 'secure-sign-bulk';

export type BulkDeps = {
  store: BulkStore;
  passwords: RowPasswords;
  client: BoxClient;
  alarms: AlarmsApi;
  now(): number;
  sleep(ms: number): Promise<void>;
  newId(): string;
  newExternalId(): string;
  /**
   * The policy seam: every row's request passes through here just before its create, as the popup's
   * send passes the background's checks. Returns the request to post (or throws to fail the row).
   */
  enforce?(request: SendSignRequest): Promise<SendSignRequest>;
  /** Records a created request for the Sent view, grouped by batch; copies are extra requests a re-sent POST made. */
  onCreated?(batch: BatchRef, row: StoredRow, request: SignRequestSummary, copies: SignRequestSummary[]): Promise<void>;
  pace?: PaceLimits;
  /** Creates in flight at once: enough to keep the pace with Box's answer time, few enough to stop promptly. */
  concurrency?: number;
  /** A stopped worker's create not found at Box is posted again only after this long (Box may still be creating it). */
  settleMs?: number;
};

export type BulkContext = Required<Omit<BulkDeps, 'onCreated'>> & Pick<BulkDeps, 'onCreated'> & {
  /** `batchId:rowId` of the creates this worker is posting. */
  inFlight: Set<string>;
  /** Throttles look-ups of other workers' creates. */
  lastRecovery: number;
};

export function createBulkContext(deps: BulkDeps): BulkContext {
  return {
    enforce: async (request) => request,
    pace: BOX_CREATE_PACE,
    concurrency: 6,
    settleMs: 60_000,
    ...deps,
    inFlight: new Set(),
    lastRecovery: -Infinity,
  };
}

export const flightKey = (batchId: string, rowId: string) => `${batchId}:${rowId}`;

/** Left to send: waiting, being posted, or waiting for its password. */
export const isOpen = (row: StoredRow) => row.status === 'pending' || row.status === 'sending' || row.status === 'needs-password';

/** Keeps exactly one alarm while a batch has rows to send (the browser may drop alarms on a restart). */
export async function syncBulkAlarm(ctx: BulkContext): Promise<void> {
  const state = await ctx.store.read();
  const busy = state.batches.some((batch) => batch.rows.some((row) => row.status === 'sending' || (batch.state === 'running' && row.status === 'pending')));
  if (busy) {
    if (!(await ctx.alarms.get(BULK_ALARM))) await ctx.alarms.create(BULK_ALARM, { periodInMinutes: 0.5, delayInMinutes: 0.5 });
  } else {
    await ctx.alarms.clear(BULK_ALARM);
  }
}
