// What the Sent view is answered with: the requests (without what only the worker needs), how many
// sends are still under way, and whether notifications are on, allowed and locked.
import { t } from '../../shared/i18n';
import type { SentList, TrackedRequest } from '../../shared/messages';
import type { TrackerContext } from './context';
import { TrackingError } from './errors';
import { settleOrphans } from './orphans';
import { isOrphan } from './rules';
import { SENDING_STALE_MS, type StoredRequest, type TrackingState } from './store';

export function toView(entry: StoredRequest): TrackedRequest {
  const { notified: _notified, copyCheck: _copyCheck, ...view } = entry;
  return view;
}

export async function toList(ctx: TrackerContext, state: TrackingState): Promise<SentList> {
  const at = ctx.now();
  const permitted = await ctx.notifier.permitted().catch(() => false);
  const { enabled, locked } = await ctx.setting.read().catch(() => ({ enabled: false, locked: false }));
  return {
    requests: state.requests.map(toView),
    sending: state.sending.filter((s) => at - s.startedAt < SENDING_STALE_MS).length,
    notifications: { enabled, permitted, locked },
  };
}

/** Also settles, in the background, sends a stopped worker left: they count as "sending" until then. */
export async function listSent(ctx: TrackerContext): Promise<SentList> {
  const state = await ctx.store.read();
  if (state.sending.some((s) => isOrphan(s, ctx.mine))) void settleOrphans(ctx).catch(() => undefined);
  return toList(ctx, state);
}

/** The requests a popup has shown lose their "new result" badge. */
export async function ack(ctx: TrackerContext, ids: readonly string[]): Promise<SentList> {
  const wanted = new Set(ids);
  return toList(ctx, await ctx.store.update((state) => void (state.requests = state.requests.map((r) => (wanted.has(r.id) ? { ...r, seen: true } : r)))));
}

export async function setNotifications(ctx: TrackerContext, enabled: boolean): Promise<SentList> {
  if ((await ctx.setting.read()).locked) throw new TrackingError('setting_locked', t('settingLocked'));
  await ctx.setting.write(enabled);
  return toList(ctx, await ctx.store.read());
}
