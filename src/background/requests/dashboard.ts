// "All requests": every sign request Box lists for the user, walked in full (walk.ts), kept in
// storage.local for the pages (store.ts), and brought up to date
// - while a page shows it: the page asks at most once a minute, and a walk runs at most once per
//   interval whoever asks (one walk at a time; a second ask shares the running one);
// - while something is pending: one alarm every few minutes, none otherwise;
// - never during a back-off after Box answered 429 (retry-after, doubling on each 429 in a row).
import type { AlarmsApi, NotifierApi } from '../../platform/background-apis';
import type { RequestsCache } from '../../shared/requests-cache';
import type { StorageArea } from '../../shared/storage-area';
import { BoxApiError, storedError } from '../box/box-error';
import type { BoxClient } from '../box/client';
import { isTerminal } from '../tracking/rules';
import type { NotifySetting } from '../tracking/setting';
import { newlyEnded, notifyEnded } from './notify';
import { createRequestsStore } from './store';
import { walkAll } from './walk';

export const REQUESTS_ALARM = 'secure-sign-requests';
/** The alarm's period while something is pending and no page is open: 2 calls per 2,000 requests. */
const ALARM_MINUTES = 5;
/** At most one walk per this interval, however many pages ask. */
export const MIN_WALK_MS = 50_000;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_MAX_MS = 30 * 60_000;

export type DashboardDeps = {
  area: StorageArea;
  client: BoxClient;
  now: () => number;
  alarms: AlarmsApi;
  notifier: NotifierApi;
  setting: NotifySetting;
  /** Requests this browser's tracker follows (it notifies about those itself). */
  trackedIds: () => Promise<ReadonlySet<string>>;
};

export type Dashboard = ReturnType<typeof createDashboard>;

export function createDashboard(deps: DashboardDeps) {
  const store = createRequestsStore(deps.area);
  let running: Promise<RequestsCache> | null = null;

  async function walk(): Promise<RequestsCache> {
    const before = await store.read();
    const known = new Map(before.requests.map((r) => [r.id, r.lastSentAt]));
    try {
      const requests = await walkAll(deps.client, (id) => known.get(id) ?? 0);
      const ended = newlyEnded(before.refreshedAt === null ? null : before.requests, requests, await deps.trackedIds());
      const next = await store.update((c) => ({ ...c, requests, refreshedAt: deps.now(), error: null, backoffUntil: 0, limited: 0 }));
      await notifyEnded(deps.setting, deps.notifier, ended);
      return next;
    } catch (error) {
      return store.update((c) => failed(c, error, deps.now()));
    }
  }

  /** A walk unless one ran within MIN_WALK_MS (`force`: within a few seconds) or Box asked us to wait. */
  async function walkIfDue(force: boolean): Promise<RequestsCache> {
    const cache = await store.read();
    const at = deps.now();
    const fresh = cache.refreshedAt !== null && at - cache.refreshedAt < (force ? 5_000 : MIN_WALK_MS);
    if (fresh || at < cache.backoffUntil) return cache;
    const result = await walk();
    await syncAlarm().catch(() => undefined);
    return result;
  }

  /** One at a time: whoever asks while a walk (or the check before it) runs shares it. */
  function refresh(force = false): Promise<RequestsCache> {
    running ??= walkIfDue(force).finally(() => {
      running = null;
    });
    return running;
  }

  /** One alarm while Box lists a pending request, none otherwise. */
  async function syncAlarm(): Promise<void> {
    const { requests } = await store.read();
    if (requests.some((r) => !isTerminal(r.status))) {
      if (!(await deps.alarms.get(REQUESTS_ALARM))) await deps.alarms.create(REQUESTS_ALARM, { periodInMinutes: ALARM_MINUTES, delayInMinutes: ALARM_MINUTES });
    } else {
      await deps.alarms.clear(REQUESTS_ALARM);
    }
  }

  return { store, refresh, syncAlarm, tick: () => refresh(false) };
}

/** The failure (a Box failure's facts, which the page words); after a 429, a back-off of Box's retry-after or more, doubling each time in a row. */
function failed(cache: RequestsCache, error: unknown, now: number): RequestsCache {
  const failure = storedError(error);
  if (!(error instanceof BoxApiError && error.status === 429)) return { ...cache, error: failure };
  const limited = cache.limited + 1;
  const wait = Math.min(BACKOFF_MAX_MS, Math.max((error.retryAfter ?? 0) * 1000, BACKOFF_BASE_MS * 2 ** (limited - 1)));
  return { ...cache, error: failure, limited, backoffUntil: now + wait };
}
