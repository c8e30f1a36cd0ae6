// A send from this browser, recorded twice: its external_id before anything is posted, so a worker
// stopped mid-send leaves a trace the next one can look up (orphans.ts); and the request Box
// accepted before the popup is answered, so a popup closed mid-send finds the result next time.
import type { SendOutcome, SignRequestSummary } from '../../shared/messages';
import { newExternalId } from '../box/send';
import { syncAlarm } from './alarm';
import type { TrackerContext } from './context';
import { copyEntries, type CopyCheck } from './copies';
import { newEntry } from './entries';
import type { NamedFile } from './names';
import { ORPHAN_MAX_AGE_MS, SENDING_STALE_MS, type Sending, type StoredRequest } from './store';

/** recordSend's arguments after the context, as the tracker takes them. */
export type RecordSendArgs<T extends SendOutcome> = [
  fileIds: readonly string[],
  send: (externalId: string) => Promise<T>,
  names: (ids: readonly string[]) => NamedFile[],
  options?: { newExternalId?: () => string; batch?: { id: string; name: string | null } },
];

/** Runs a send and records its result before returning it. Storage trouble never fails a send Box accepted. */
export async function recordSend<T extends SendOutcome>(ctx: TrackerContext, ...[fileIds, send, names, options = {}]: RecordSendArgs<T>): Promise<T> {
  const { store, now } = ctx;
  const token = ctx.newToken();
  const externalId = (options.newExternalId ?? newExternalId)();
  ctx.mine.add(token);
  const startedAt = now();
  await quietly(store.update((state) => void state.sending.push({ token, startedAt, externalId, files: names(fileIds) })));
  let outcome: T | undefined;
  try {
    outcome = await send(externalId);
    return outcome;
  } finally {
    const copyCheck = { externalId, sendStartedAt: startedAt };
    const added = outcome?.outcome === 'sent' ? recorded(outcome.request, outcome.copies ?? [], names(fileIds), now(), copyCheck).map((entry) => (options.batch ? { ...entry, batch: options.batch, seen: true } : entry)) : [];
    await quietly(
      store.update((state) => {
        // An unknown outcome stays as a "sending" entry: once this send ends it is looked up by
        // its external_id like a stopped worker's (settleOrphans), so a request Box did make still
        // shows up under Sent, and is followed.
        state.sending = state.sending.filter((s) => (s.token !== token || outcome?.outcome === 'unknown') && kept(s, now()));
        if (added.length === 0) return;
        const ids = new Set(added.map((entry) => entry.id));
        state.requests = [...added, ...state.requests.filter((r) => !ids.has(r.id))];
      }),
    );
    ctx.mine.delete(token);
    if (outcome) await quietly(syncAlarm(ctx));
  }
}

/** The entries a send Box accepted adds: the request, then any copies Box made of a re-sent POST. */
function recorded(request: SignRequestSummary, copies: SignRequestSummary[], files: NamedFile[], at: number, check: CopyCheck): StoredRequest[] {
  return [newEntry(request, files, at), ...copyEntries(request, copies, files, at, check)];
}

/** Other "sending" entries worth keeping: recent ones, and stopped workers' sends not yet settled. */
function kept(entry: Sending, at: number): boolean {
  const age = at - entry.startedAt;
  return age < SENDING_STALE_MS || (entry.externalId !== undefined && age < ORPHAN_MAX_AGE_MS);
}

async function quietly<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    console.warn('Secure Sign: tracking storage failed', error instanceof Error ? error.name : 'error');
    return undefined;
  }
}
