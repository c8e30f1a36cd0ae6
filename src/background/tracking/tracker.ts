// Requests sent from this browser: recorded when Box accepts them (before the popup is answered,
// so a popup closed mid-send finds the result next time), followed by one alarm while any is
// pending, cancelled and resent on the user's word. Everything lives in storage.local: the
// worker may stop between any two steps.
//
// This file only wires the parts, which share context.ts: record.ts (sends), orphans.ts (sends a
// stopped worker left), poll.ts (asking Box), copies.ts, alarm.ts, notify.ts, sent-list.ts and
// actions.ts (cancel, resend).
import type { SendOutcome } from '../../shared/messages';
import { cancel, resend } from './actions';
import { syncAlarm } from './alarm';
import { createContext, type TrackerDeps } from './context';
import { openUrlOf } from './notify';
import { settleOrphans } from './orphans';
import { refresh, tick } from './poll';
import { createQueue } from './queue';
import { recordSend, type RecordSendArgs } from './record';
import { ack, listSent, setNotifications } from './sent-list';

export { TRACKING_ALARM } from './alarm';

export type Tracker = ReturnType<typeof createTracker>;

export function createTracker(deps: TrackerDeps) {
  const ctx = createContext(deps);
  /** Cancel and resend one at a time: a double click must never resend twice. */
  const serially = createQueue();
  return {
    recordSend: <T extends SendOutcome>(...args: RecordSendArgs<T>) => recordSend(ctx, ...args),
    settleOrphans: () => settleOrphans(ctx),
    list: () => listSent(ctx),
    ack: (ids: readonly string[]) => ack(ctx, ids),
    refresh: (id?: string) => refresh(ctx, id),
    tick: () => tick(ctx),
    syncAlarm: () => syncAlarm(ctx),
    cancel: (id: string, reason?: string) => serially(() => cancel(ctx, id, reason)),
    resend: (id: string) => serially(() => resend(ctx, id)),
    setNotifications: (enabled: boolean) => setNotifications(ctx, enabled),
    openUrlOf: (notificationId: string, customHosts?: readonly string[]) => openUrlOf(ctx.store, notificationId, customHosts),
  };
}
