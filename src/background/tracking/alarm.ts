// The polling alarm, worked out afresh from what is stored each time: the browser may drop alarms
// (on a restart or an update).
import type { TrackerContext } from './context';
import { ALARM_PERIOD_MINUTES, isFollowed, isOrphan } from './rules';

export const TRACKING_ALARM = 'secure-sign-tracking';

/** Keeps exactly one alarm while something is followed, none otherwise. */
export async function syncAlarm({ store, now, alarms, mine }: TrackerContext): Promise<void> {
  const state = await store.read();
  const at = now();
  if (state.requests.some((entry) => isFollowed(entry, at)) || state.sending.some((s) => isOrphan(s, mine))) {
    if (!(await alarms.get(TRACKING_ALARM))) await alarms.create(TRACKING_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: ALARM_PERIOD_MINUTES });
  } else {
    await alarms.clear(TRACKING_ALARM);
  }
}
