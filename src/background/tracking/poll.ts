// Asking Box about pending requests and storing what it says: a few due ones per alarm tick, or
// now for a "Refresh". One poll at a time, and within it one request after another.
import type { SentList, SignRequestSummary } from '../../shared/messages';
import type { SignRequest } from '../box/schemas';
import { BoxApiError } from '../box/box-error';
import { syncAlarm } from './alarm';
import type { TrackerContext } from './context';
import { cancelIfCopy } from './copies';
import { findEntry, merge, replaceEntry } from './entries';
import { notifyEnd } from './notify';
import { settleOrphans } from './orphans';
import { isNotable, pickForRefresh, pickForTick } from './rules';
import { toList } from './sent-list';
import type { StoredRequest, TrackingState } from './store';

type PollMode = { notify: boolean };

/** The alarm: the due pending requests, a few per tick, one after another. */
export async function tick(ctx: TrackerContext): Promise<void> {
  await settleOrphans(ctx).catch(() => undefined);
  await poll(ctx, (state) => pickForTick(state.requests, ctx.now()), { notify: true });
}

/** "Refresh": asks Box now, respecting a minimum interval per request. */
export async function refresh(ctx: TrackerContext, id?: string): Promise<SentList> {
  if (id !== undefined) await findEntry(ctx.store, id);
  await pollNow(ctx, id);
  return toList(ctx, await ctx.store.read());
}

/** One request, or every pending one. No notification: the user is looking. */
export function pollNow(ctx: TrackerContext, id?: string): Promise<void> {
  return poll(ctx, (state) => pickForRefresh(state.requests, ctx.now(), id), { notify: false });
}

function poll(ctx: TrackerContext, pick: (state: TrackingState) => StoredRequest[], mode: PollMode): Promise<void> {
  return ctx.polls(async () => {
    const entries = pick(await ctx.store.read());
    await pollEach(ctx, entries, mode);
    await syncAlarm(ctx).catch(() => undefined);
  });
}

async function pollEach(ctx: TrackerContext, entries: StoredRequest[], mode: PollMode): Promise<void> {
  const { store, now } = ctx;
  for (const entry of entries) {
    let request: SignRequest;
    try {
      request = await ctx.client.getSignRequest(entry.id);
    } catch (error) {
      if (error instanceof BoxApiError && error.status === 404) {
        await replaceEntry(store, entry.id, (current) => ({ ...current, gone: true, lastPolledAt: now() }));
        continue;
      }
      if (stopsPolling(error)) return; // offline, signed out, rate-limited: the next tick tries again
      await replaceEntry(store, entry.id, (current) => ({ ...current, lastPolledAt: now() }));
      continue;
    }
    await apply(ctx, entry, await cancelIfCopy(ctx, entry, request), mode);
  }
}

async function apply(ctx: TrackerContext, entry: StoredRequest, summary: SignRequestSummary, mode: PollMode): Promise<void> {
  let ended: StoredRequest | undefined;
  await replaceEntry(ctx.store, entry.id, (current) => {
    const next = merge(current, summary, ctx.now());
    if (!current.terminal && next.terminal && !current.notified) {
      next.notified = true; // written before showing: at most one notification, ever
      if (mode.notify && isNotable(next.status)) ended = next;
    }
    return next;
  });
  if (ended) await notifyEnd(ctx, ended);
}

/** Errors after which asking Box about the next request would fail the same way. */
function stopsPolling(error: unknown): boolean {
  if (!(error instanceof BoxApiError)) return true;
  return error.status === 0 || error.status === 401 || error.status === 429 || error.status >= 500;
}
