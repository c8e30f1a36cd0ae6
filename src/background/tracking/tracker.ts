// Requests sent from this browser: recorded when Box accepts them (before the popup is answered,
// so a popup closed mid-send finds the result next time), followed by one alarm while any is
// pending, cancelled and resent on the user's word. Everything lives in storage.local: the
// worker may stop between any two steps.
import type { SendOutcome, SignRequestSummary, TrackedRequest } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { BoxApiError } from '../box/box-error';
import { toSummary } from '../box/payload';
import { newExternalId } from '../box/send';
import { syncAlarm } from './alarm';
import { createContext, type TrackerDeps } from './context';
import { cancelIfCopy, copyEntries } from './copies';
import { findEntry, merge, newEntry, replaceEntry } from './entries';
import { TrackingError } from './errors';
import type { NamedFile } from './names';
import { notifyEnd, openUrlOf } from './notify';
import { settleOrphans } from './orphans';
import { createQueue } from './queue';
import { cancelRefusal, isNotable, pickForRefresh, pickForTick, resendRefusal } from './rules';
import { ack, listSent, setNotifications, toList, toView } from './sent-list';
import { ORPHAN_MAX_AGE_MS, SENDING_STALE_MS, type Sending, type StoredRequest, type TrackingState } from './store';

export { TRACKING_ALARM } from './alarm';

export type Tracker = ReturnType<typeof createTracker>;

type PollMode = { notify: boolean };

export function createTracker(deps: TrackerDeps) {
  const ctx = createContext(deps);
  const { client, now, store } = ctx;
  /** Cancel and resend one at a time: a double click must never resend twice. */
  const serially = createQueue();

  const quietly = async <T>(work: Promise<T>): Promise<T | undefined> => {
    try {
      return await work;
    } catch (error) {
      console.warn('Secure Sign: tracking storage failed', error instanceof Error ? error.name : 'error');
      return undefined;
    }
  };

  async function pollEach(entries: StoredRequest[], mode: PollMode): Promise<void> {
    for (const entry of entries) {
      let summary: SignRequestSummary;
      try {
        summary = toSummary(await client.getSignRequest(entry.id));
      } catch (error) {
        if (error instanceof BoxApiError && error.status === 404) {
          await replaceEntry(store, entry.id, (current) => ({ ...current, gone: true, lastPolledAt: now() }));
          continue;
        }
        if (stopsPolling(error)) return; // offline, signed out, rate-limited: the next tick tries again
        await replaceEntry(store, entry.id, (current) => ({ ...current, lastPolledAt: now() }));
        continue;
      }
      summary = await cancelIfCopy(ctx, entry, summary);
      let ended: StoredRequest | undefined;
      await replaceEntry(store, entry.id, (current) => {
        const next = merge(current, summary, now());
        if (!current.terminal && next.terminal && !current.notified) {
          next.notified = true; // written before showing: at most one notification, ever
          if (mode.notify && isNotable(next.status)) ended = next;
        }
        return next;
      });
      if (ended) await notifyEnd(ctx, ended);
    }
  }

  function poll(pick: (state: TrackingState) => StoredRequest[], mode: PollMode): Promise<void> {
    return ctx.polls(async () => {
      const entries = pick(await store.read());
      await pollEach(entries, mode);
      await syncAlarm(ctx).catch(() => undefined);
    });
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
      const token = ctx.newToken();
      const externalId = (options.newExternalId ?? newExternalId)();
      ctx.mine.add(token);
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
        ctx.mine.delete(token);
        if (outcome) await quietly(syncAlarm(ctx));
      }
    },

    settleOrphans: () => settleOrphans(ctx),

    list: () => listSent(ctx),

    ack: (ids: readonly string[]) => ack(ctx, ids),

    /** "Refresh": asks Box now, respecting a minimum interval per request. No notification: the user is looking. */
    async refresh(id?: string) {
      if (id !== undefined) await findEntry(store, id);
      await poll((state) => pickForRefresh(state.requests, now(), id), { notify: false });
      return toList(ctx, await store.read());
    },

    /** The alarm: the due pending requests, a few per tick, one after another. */
    tick: async (): Promise<void> => {
      await settleOrphans(ctx).catch(() => undefined);
      await poll((state) => pickForTick(state.requests, now()), { notify: true });
    },

    syncAlarm: () => syncAlarm(ctx),

    cancel: (id: string, reason?: string): Promise<TrackedRequest> =>
      serially(async () => {
        const entry = await findEntry(store, id);
        const refusal = cancelRefusal(entry);
        if (refusal) throw new TrackingError('cancel_not_allowed', refusal);
        const why = reason?.trim();
        let summary: SignRequestSummary;
        try {
          summary = toSummary(await client.cancelSignRequest(id, why ? why : undefined));
        } catch (error) {
          if (error instanceof BoxApiError && error.status === 404) await replaceEntry(store, id, (current) => ({ ...current, gone: true }));
          if (error instanceof BoxApiError && error.status === 400) {
            // Box's reason (still converting, already signed…) in words, with the status brought up to date.
            await poll((state) => pickForRefresh(state.requests, now(), id), { notify: false }).catch(() => undefined);
            throw new TrackingError('cancel_not_allowed', cancelRefusedWords(error.message), error);
          }
          throw error;
        }
        // The user's own act: no notification for it.
        const updated = await replaceEntry(store, id, (current) => ({ ...merge(current, summary, now()), notified: true }));
        await syncAlarm(ctx).catch(() => undefined);
        return toView(updated ?? entry);
      }),

    resend: (id: string): Promise<TrackedRequest> =>
      serially(async () => {
        const entry = await findEntry(store, id);
        const refusal = resendRefusal(entry, now());
        if (refusal) throw new TrackingError(refusal.tooSoon ? 'resend_too_soon' : 'resend_not_allowed', refusal.message);
        try {
          await client.resendSignRequest(id);
        } catch (error) {
          if (error instanceof BoxApiError && error.status === 404) await replaceEntry(store, id, (current) => ({ ...current, gone: true }));
          throw error; // Box's 400 (too soon, wrong status) is put in words by the Box error mapping
        }
        const at = now();
        const updated = await replaceEntry(store, id, (current) => ({ ...current, lastSentAt: at, lastResendAt: at }));
        return toView(updated ?? entry);
      }),

    setNotifications: (enabled: boolean) => setNotifications(ctx, enabled),

    openUrlOf: (notificationId: string) => openUrlOf(store, notificationId),
  };
}

/** Other "sending" entries worth keeping: recent ones, and stopped workers' sends not yet settled. */
function kept(entry: Sending, at: number): boolean {
  const age = at - entry.startedAt;
  return age < SENDING_STALE_MS || (entry.externalId !== undefined && age < ORPHAN_MAX_AGE_MS);
}

/** The entries a send Box accepted adds: the request, then any copies Box made of a re-sent POST. */
function recorded(request: SignRequestSummary, copies: SignRequestSummary[], files: NamedFile[], at: number): StoredRequest[] {
  return [newEntry(request, files, at), ...copyEntries(request, copies, files, at)];
}

/** Errors after which asking Box about the next request would fail the same way. */
function stopsPolling(error: unknown): boolean {
  if (!(error instanceof BoxApiError)) return true;
  return error.status === 0 || error.status === 401 || error.status === 429 || error.status >= 500;
}

/** Box refuses a cancel while converting or once final [sign-requests.md §1.4]; its message names the status. */
function cancelRefusedWords(boxMessage: string): string {
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
