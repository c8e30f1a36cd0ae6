// Sends left by a worker that stopped mid-send: Box may have created the request (the POST had
// gone out) or not. Looked up by external_id, never posted again: found → recorded as sent
// (unseen, so the next popup shows it); not at Box once it is surely over → forgotten; unknown
// (offline) → asked again later. Runs at start, on listSent (at most every few seconds) and per tick.
import { findByExternalId } from '../box/lookup';
import { toSummary } from '../box/payload';
import { syncAlarm } from './alarm';
import type { TrackerContext } from './context';
import { newEntry } from './entries';
import { isOrphan } from './rules';
import { ORPHAN_MAX_AGE_MS, ORPHAN_SETTLE_MS, type Sending } from './store';

/** How often a stopped worker's sends are looked up again while they stay unsettled. */
const ORPHAN_RETRY_MS = 5_000;

/** One look-up at a time, and none within ORPHAN_RETRY_MS of the last: listSent may come often. */
export function settleOrphans(ctx: TrackerContext): Promise<void> {
  const { settling } = ctx;
  if (settling.run) return settling.run;
  if (ctx.now() - settling.startedAt < ORPHAN_RETRY_MS) return Promise.resolve();
  settling.startedAt = ctx.now();
  const run = settleAll(ctx).finally(() => {
    settling.run = null;
  });
  settling.run = run;
  return run;
}

async function settleAll(ctx: TrackerContext): Promise<void> {
  const orphans = (await ctx.store.read()).sending.filter((s) => isOrphan(s, ctx.mine));
  for (const orphan of orphans) await settle(ctx, orphan);
}

async function settle(ctx: TrackerContext, orphan: Sending): Promise<void> {
  const found = await findByExternalId(ctx.client, orphan.externalId!);
  const age = ctx.now() - orphan.startedAt;
  if (found.kind === 'unknown' && age < ORPHAN_MAX_AGE_MS) return;
  if (found.kind === 'absent' && age < ORPHAN_SETTLE_MS) return; // Box may still be creating it
  const request = found.kind === 'found' ? toSummary(found.request) : null;
  await ctx.store.update((state) => {
    state.sending = state.sending.filter((s) => s.token !== orphan.token);
    if (request) state.requests = [newEntry(request, orphan.files ?? [], ctx.now()), ...state.requests.filter((r) => r.id !== request.id)];
  });
  if (request) await syncAlarm(ctx).catch(() => undefined);
}
