// Requests sent from this browser: recorded when Box accepts them (before the popup is answered,
// so a popup closed mid-send finds the result next time), followed by one alarm while any is
// pending, cancelled and resent on the user's word. Everything lives in storage.local: the
// worker may stop between any two steps.
import type { SendOutcome, SentList, SignRequestSummary, TrackedRequest } from '../../shared/messages';
import { t } from '../../shared/i18n';
import type { StorageArea } from '../../shared/storage-area';
import { BoxApiError } from '../box/box-error';
import type { BoxClient } from '../box/client';
import { findByExternalId } from '../box/lookup';
import { toSummary } from '../box/payload';
import { newExternalId } from '../box/send';
import { TrackingError } from './errors';
import type { NamedFile } from './names';
import { notificationFor } from './notify';
import {
  ALARM_PERIOD_MINUTES,
  cancelRefusal,
  isFollowed,
  isNotable,
  isTerminal,
  pickForRefresh,
  pickForTick,
  resendRefusal,
} from './rules';
import type { AlarmsApi, NotifierApi } from '../../platform/background-apis';
import { createQueue } from './queue';
import type { NotifySetting } from './setting';
import {
  createTrackingStore, ORPHAN_MAX_AGE_MS, ORPHAN_SETTLE_MS, SENDING_STALE_MS, type Sending, type StoredRequest, type TrackingState,
} from './store';

export const TRACKING_ALARM = 'secure-sign-tracking';
export const NOTIFICATION_PREFIX = 'secure-sign-request:';

export type TrackerDeps = {
  area: StorageArea;
  client: BoxClient;
  now: () => number;
  alarms: AlarmsApi;
  notifier: NotifierApi;
  /** The `notifyOnFinish` setting. */
  setting: NotifySetting;
  newToken?: () => string;
};

export type Tracker = ReturnType<typeof createTracker>;

type PollMode = { notify: boolean };

export function createTracker(deps: TrackerDeps) {
  const { client, now, alarms, notifier, setting } = deps;
  const store = createTrackingStore(deps.area);
  const newToken = deps.newToken ?? (() => crypto.randomUUID());
  /** Cancel and resend one at a time: a double click must never resend twice. */
  const serially = createQueue();
  /** Polls one at a time too (alarm tick and "Refresh" may overlap). */
  const polls = createQueue();
  /** Sends this worker runs. Any other "sending" entry was left by a worker that stopped mid-send. */
  const mine = new Set<string>();
  let settling: Promise<void> | null = null;
  let lastSettle = -Infinity;

  const quietly = async <T>(work: Promise<T>): Promise<T | undefined> => {
    try {
      return await work;
    } catch (error) {
      console.warn('Secure Sign: tracking storage failed', error instanceof Error ? error.name : 'error');
      return undefined;
    }
  };

  async function toList(state: TrackingState): Promise<SentList> {
    const at = now();
    const permitted = await notifier.permitted().catch(() => false);
    const { enabled, locked } = await setting.read().catch(() => ({ enabled: false, locked: false }));
    return {
      requests: state.requests.map(toView),
      sending: state.sending.filter((s) => at - s.startedAt < SENDING_STALE_MS).length,
      notifications: { enabled, permitted, locked },
    };
  }

  async function find(id: string): Promise<StoredRequest> {
    const entry = (await store.read()).requests.find((r) => r.id === id);
    if (!entry) throw new TrackingError('not_tracked', t('notTracked'));
    return entry;
  }

  async function replace(id: string, change: (entry: StoredRequest) => StoredRequest): Promise<StoredRequest | undefined> {
    let updated: StoredRequest | undefined;
    await store.update((state) => {
      state.requests = state.requests.map((entry) => (entry.id === id ? (updated = change(entry)) : entry));
    });
    return updated;
  }

  /** Keeps exactly one alarm while something is followed, none otherwise. */
  async function syncAlarm(): Promise<void> {
    const state = await store.read();
    const at = now();
    if (state.requests.some((entry) => isFollowed(entry, at)) || state.sending.some(isOrphan)) {
      if (!(await alarms.get(TRACKING_ALARM))) await alarms.create(TRACKING_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: ALARM_PERIOD_MINUTES });
    } else {
      await alarms.clear(TRACKING_ALARM);
    }
  }

  async function pollEach(entries: StoredRequest[], mode: PollMode): Promise<void> {
    for (const entry of entries) {
      let summary: SignRequestSummary;
      try {
        summary = toSummary(await client.getSignRequest(entry.id));
      } catch (error) {
        if (error instanceof BoxApiError && error.status === 404) {
          await replace(entry.id, (current) => ({ ...current, gone: true, lastPolledAt: now() }));
          continue;
        }
        if (stopsPolling(error)) return; // offline, signed out, rate-limited: the next tick tries again
        await replace(entry.id, (current) => ({ ...current, lastPolledAt: now() }));
        continue;
      }
      if (entry.copyOf !== undefined && mayCancelCopy(summary.status)) summary = await cancelCopy(entry, summary);
      let ended: StoredRequest | undefined;
      await replace(entry.id, (current) => {
        const next = merge(current, summary, now());
        if (!current.terminal && next.terminal && !current.notified) {
          next.notified = true; // written before showing: at most one notification, ever
          if (mode.notify && isNotable(next.status)) ended = next;
        }
        return next;
      });
      if (ended) await notify(ended);
    }
  }

  /** An extra copy Box made of a re-sent POST: cancelled on sight once Box allows it. A refusal is retried next poll. */
  async function cancelCopy(entry: StoredRequest, summary: SignRequestSummary): Promise<SignRequestSummary> {
    try {
      return toSummary(await client.cancelSignRequest(entry.id, t('copyCancelReason')));
    } catch {
      return summary;
    }
  }

  async function notify(entry: StoredRequest): Promise<void> {
    try {
      if (!(await setting.read()).enabled || !(await notifier.permitted())) return;
      const { title, message } = notificationFor(entry);
      await notifier.show(`${NOTIFICATION_PREFIX}${entry.id}`, title, message);
    } catch {
      // A notification is a courtesy: the Sent view has the status either way.
    }
  }

  function poll(pick: (state: TrackingState) => StoredRequest[], mode: PollMode): Promise<void> {
    return polls(async () => {
      const entries = pick(await store.read());
      await pollEach(entries, mode);
      await syncAlarm().catch(() => undefined);
    });
  }

  const isOrphan = (entry: Sending) => !mine.has(entry.token) && entry.externalId !== undefined;

  /**
   * Sends left by a worker that stopped mid-send: Box may have created the request (the POST had
   * gone out) or not. Looked up by external_id, never posted again: found → recorded as sent
   * (unseen, so the next popup shows it); not at Box once it is surely over → forgotten; unknown
   * (offline) → asked again later. Runs at start, on listSent (at most every few seconds) and per tick.
   */
  function settleOrphans(): Promise<void> {
    if (settling) return settling;
    if (now() - lastSettle < ORPHAN_RETRY_MS) return Promise.resolve();
    lastSettle = now();
    const run = (async () => {
      const orphans = (await store.read()).sending.filter(isOrphan);
      for (const orphan of orphans) {
        const found = await findByExternalId(client, orphan.externalId!);
        const age = now() - orphan.startedAt;
        if (found.kind === 'unknown' && age < ORPHAN_MAX_AGE_MS) continue;
        if (found.kind === 'absent' && age < ORPHAN_SETTLE_MS) continue; // Box may still be creating it
        const request = found.kind === 'found' ? toSummary(found.request) : null;
        await store.update((state) => {
          state.sending = state.sending.filter((s) => s.token !== orphan.token);
          if (request) state.requests = [newEntry(request, orphan.files ?? [], now()), ...state.requests.filter((r) => r.id !== request.id)];
        });
        if (request) await syncAlarm().catch(() => undefined);
      }
    })().finally(() => {
      settling = null;
    });
    settling = run;
    return run;
  }

  return {
    /**
     * Runs a send and records its result before returning it. Storage trouble never fails a send Box accepted.
     * The create's external_id is stored first, so if the worker stops mid-send the next one can find
     * the request at Box (settleOrphans) instead of losing it.
     */
    async recordSend<T extends SendOutcome>(
      fileIds: readonly string[],
      send: (externalId: string) => Promise<T>,
      names: (ids: readonly string[]) => NamedFile[],
      options: { newExternalId?: () => string } = {},
    ): Promise<T> {
      const token = newToken();
      const externalId = (options.newExternalId ?? newExternalId)();
      mine.add(token);
      await quietly(store.update((state) => void state.sending.push({ token, startedAt: now(), externalId, files: names(fileIds) })));
      let outcome: T | undefined;
      try {
        outcome = await send(externalId);
        return outcome;
      } finally {
        const added = outcome?.outcome === 'sent' ? recorded(outcome.request, outcome.copies ?? [], names(fileIds), now()) : [];
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
        mine.delete(token);
        if (outcome) await quietly(syncAlarm());
      }
    },

    settleOrphans,

    /** Also settles, in the background, sends a stopped worker left: they count as "sending" until then. */
    async list(): Promise<SentList> {
      const state = await store.read();
      if (state.sending.some((s) => isOrphan(s))) void settleOrphans().catch(() => undefined);
      return toList(state);
    },

    async ack(ids: readonly string[]): Promise<SentList> {
      const wanted = new Set(ids);
      return toList(await store.update((state) => void (state.requests = state.requests.map((r) => (wanted.has(r.id) ? { ...r, seen: true } : r)))));
    },

    /** "Refresh": asks Box now, respecting a minimum interval per request. No notification: the user is looking. */
    async refresh(id?: string): Promise<SentList> {
      if (id !== undefined) await find(id);
      await poll((state) => pickForRefresh(state.requests, now(), id), { notify: false });
      return toList(await store.read());
    },

    /** The alarm: the due pending requests, a few per tick, one after another. */
    tick: async (): Promise<void> => {
      await settleOrphans().catch(() => undefined);
      await poll((state) => pickForTick(state.requests, now()), { notify: true });
    },

    syncAlarm,

    cancel: (id: string, reason?: string): Promise<TrackedRequest> =>
      serially(async () => {
        const entry = await find(id);
        const refusal = cancelRefusal(entry);
        if (refusal) throw new TrackingError('cancel_not_allowed', refusal);
        const why = reason?.trim();
        let summary: SignRequestSummary;
        try {
          summary = toSummary(await client.cancelSignRequest(id, why ? why : undefined));
        } catch (error) {
          if (error instanceof BoxApiError && error.status === 404) await replace(id, (current) => ({ ...current, gone: true }));
          if (error instanceof BoxApiError && error.status === 400) {
            // Box's reason (still converting, already signed…) in words, with the status brought up to date.
            await poll((state) => pickForRefresh(state.requests, now(), id), { notify: false }).catch(() => undefined);
            throw new TrackingError('cancel_not_allowed', cancelRefusedWords(error.message), error);
          }
          throw error;
        }
        // The user's own act: no notification for it.
        const updated = await replace(id, (current) => ({ ...merge(current, summary, now()), notified: true }));
        await syncAlarm().catch(() => undefined);
        return toView(updated ?? entry);
      }),

    resend: (id: string): Promise<TrackedRequest> =>
      serially(async () => {
        const entry = await find(id);
        const refusal = resendRefusal(entry, now());
        if (refusal) throw new TrackingError(refusal.tooSoon ? 'resend_too_soon' : 'resend_not_allowed', refusal.message);
        try {
          await client.resendSignRequest(id);
        } catch (error) {
          if (error instanceof BoxApiError && error.status === 404) await replace(id, (current) => ({ ...current, gone: true }));
          throw error; // Box's 400 (too soon, wrong status) is put in words by the Box error mapping
        }
        const at = now();
        const updated = await replace(id, (current) => ({ ...current, lastSentAt: at, lastResendAt: at }));
        return toView(updated ?? entry);
      }),

    async setNotifications(enabled: boolean): Promise<SentList> {
      if ((await setting.read()).locked) throw new TrackingError('setting_locked', t('settingLocked'));
      await setting.write(enabled);
      return toList(await store.read());
    },

    /** For the notification click: where the request can be seen in Box. */
    async openUrlOf(notificationId: string): Promise<string | null> {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
      const id = notificationId.slice(NOTIFICATION_PREFIX.length);
      const entry = (await store.read()).requests.find((r) => r.id === id);
      const url = entry?.openUrl ?? null;
      return url !== null && url.startsWith('https://') ? url : null;
    },
  };
}

/** How often a stopped worker's sends are looked up again while they stay unsettled. */
const ORPHAN_RETRY_MS = 5_000;

/** Other "sending" entries worth keeping: recent ones, and stopped workers' sends not yet settled. */
function kept(entry: Sending, at: number): boolean {
  const age = at - entry.startedAt;
  return age < SENDING_STALE_MS || (entry.externalId !== undefined && age < ORPHAN_MAX_AGE_MS);
}

function newEntry(request: SignRequestSummary, files: NamedFile[], at: number): StoredRequest {
  return {
    id: request.id,
    createdAt: at,
    files,
    signerEmails: request.signerEmails,
    status: request.status,
    terminal: isTerminal(request.status),
    lastPolledAt: null, // the create's answer is seconds old at most, but let the first refresh ask
    lastSentAt: at,
    lastResendAt: null,
    openUrl: request.openUrl,
    prepareUrl: request.prepareUrl,
    gone: false,
    seen: false,
    notified: isTerminal(request.status),
  };
}

/** Box refuses a cancel while converting and after the end [sign-requests.md §1.4]. */
function mayCancelCopy(status: string): boolean {
  return status !== 'converting' && !isTerminal(status);
}

/**
 * The entries a send Box accepted adds: the request, then any copies Box made of a re-sent POST. A copy
 * is never notified about (its end is our own cancel) and needs no "new result" badge.
 */
function recorded(request: SignRequestSummary, copies: SignRequestSummary[], files: NamedFile[], at: number): StoredRequest[] {
  const copyEntries = copies.map((copy) => ({ ...newEntry(copy, files, at), copyOf: request.id, notified: true, seen: true }));
  return [newEntry(request, files, at), ...copyEntries];
}

/** Box's answer applied to our entry. A final status never goes back (a stale poll racing a cancel). */
export function merge(entry: StoredRequest, summary: SignRequestSummary, at: number): StoredRequest {
  if (entry.terminal) return { ...entry, lastPolledAt: at };
  return {
    ...entry,
    status: summary.status,
    terminal: isTerminal(summary.status),
    openUrl: summary.openUrl ?? entry.openUrl,
    prepareUrl: summary.prepareUrl,
    lastPolledAt: at,
    gone: false,
  };
}

function toView(entry: StoredRequest): TrackedRequest {
  const { notified: _notified, ...view } = entry;
  return view;
}

/** Errors after which asking Box about the next request would fail the same way. */
function stopsPolling(error: unknown): boolean {
  if (!(error instanceof BoxApiError)) return true;
  return error.status === 0 || error.status === 401 || error.status === 429 || error.status >= 500;
}

/** Box refuses a cancel while converting or once final [sign-requests.md §1.4]; its message names the status. */
export function cancelRefusedWords(boxMessage: string): string {
  const status = /status is '([^']+)'/.exec(boxMessage)?.[1]?.toLowerCase();
  if (status === 'converting' || /convert/i.test(boxMessage)) {
    return t('cancelRefusedConverting');
  }
  if (status === 'signed' || status === 'finalizing') return t('cancelRefusedSigned');
  if (status === 'declined') return t('cancelRefusedDeclined');
  if (status === 'cancelled') return t('cancelRefusedCancelled');
  if (status) return t('cancelRefusedStatus', status);
  return boxMessage ? t('cancelRefusedBecause', boxMessage) : t('cancelRefused');
}
