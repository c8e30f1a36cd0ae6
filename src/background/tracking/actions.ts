// What the user does to a request from the Sent view: cancel it, or email its signers again.
// Neither guards against a second click itself: the tracker queues them (tracker.ts).
import { t } from '../../shared/i18n';
import type { SignRequestSummary, TrackedRequest } from '../../shared/messages';
import { BoxApiError } from '../box/box-error';
import { toSummary } from '../box/payload';
import { syncAlarm } from './alarm';
import type { TrackerContext } from './context';
import { findEntry, merge, replaceEntry } from './entries';
import { TrackingError } from './errors';
import { pollNow } from './poll';
import { cancelRefusal, resendRefusal } from './rules';
import { toView } from './sent-list';

export async function cancel(ctx: TrackerContext, id: string, reason?: string): Promise<TrackedRequest> {
  const { store } = ctx;
  const entry = await findEntry(store, id);
  const refusal = cancelRefusal(entry);
  if (refusal) throw new TrackingError('cancel_not_allowed', refusal);
  const why = reason?.trim();
  let summary: SignRequestSummary;
  try {
    summary = toSummary(await ctx.client.cancelSignRequest(id, why ? why : undefined));
  } catch (error) {
    if (error instanceof BoxApiError && error.status === 404) await replaceEntry(store, id, (current) => ({ ...current, gone: true }));
    if (error instanceof BoxApiError && error.status === 400) {
      // Box's reason (still converting, already signed…) in words, with the status brought up to date.
      await pollNow(ctx, id).catch(() => undefined);
      throw new TrackingError('cancel_not_allowed', cancelRefusedWords(error.message), error);
    }
    throw error;
  }
  // The user's own act: no notification for it.
  const updated = await replaceEntry(store, id, (current) => ({ ...merge(current, summary, ctx.now()), notified: true }));
  await syncAlarm(ctx).catch(() => undefined);
  return toView(updated ?? entry);
}

export async function resend(ctx: TrackerContext, id: string): Promise<TrackedRequest> {
  const { store } = ctx;
  const entry = await findEntry(store, id);
  const refusal = resendRefusal(entry, ctx.now());
  if (refusal) throw new TrackingError(refusal.tooSoon ? 'resend_too_soon' : 'resend_not_allowed', refusal.message);
  try {
    await ctx.client.resendSignRequest(id);
  } catch (error) {
    if (error instanceof BoxApiError && error.status === 404) await replaceEntry(store, id, (current) => ({ ...current, gone: true }));
    throw error; // Box's 400 (too soon, wrong status) is put in words by the Box error mapping
  }
  const at = ctx.now();
  const updated = await replaceEntry(store, id, (current) => ({ ...current, lastSentAt: at, lastResendAt: at }));
  return toView(updated ?? entry);
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
