// What the status of a tracked request means for polling, notifying, cancelling and resending.
// Pure functions over the stored entry and "now".
import { t } from '../../shared/i18n';
import type { Sending, StoredRequest } from './store';

/**
 * Box's final statuses [sign-requests.md §3.1]: nothing changes after them. `finalizing` (all
 * signed, Box still producing the document) is not final, nor is any status we do not know:
 * it is kept, shown as Box wrote it, and followed.
 */
export function isTerminal(status: string): boolean {
  return ['signed', 'signed and downloaded', 'declined', 'cancelled', 'expired'].includes(status) || status.startsWith('error');
}

/** The endings worth a notification: signed, declined, or failed (Box error or expiry). A cancel is the user's own act. */
export function isNotable(status: string): boolean {
  return status !== 'cancelled' && isTerminal(status);
}

export const MINUTE = 60_000;
/** The alarm's period: gentle, and above Chrome's 30-second minimum. */
export const ALARM_PERIOD_MINUTES = 1;
/** Requests fetched per alarm tick, one after another: 10/min, far below Box's 1000 gets/min/user [auth.md §7]. */
export const MAX_POLLS_PER_TICK = 10;
/** A request still pending after this long is no longer followed by the alarm (the user can still refresh it). */
const FOLLOW_FOR_MS = 30 * 24 * 60 * MINUTE;
/** "Refresh" asks Box about one request at most this often. */
const MIN_REFRESH_MS = 5_000;
/** Box allows one resend every 10 minutes and answers 400 sooner [sign-requests.md §1.5]. */
const RESEND_COOLDOWN_MS = 10 * MINUTE;

/** A send left by a worker that stopped mid-send (not one of `mine`, this worker's), to be looked up by its external_id. */
export function isOrphan(entry: Sending, mine: ReadonlySet<string>): boolean {
  return !mine.has(entry.token) && entry.externalId !== undefined;
}

/** Pending requests the alarm follows. */
export function isFollowed(entry: StoredRequest, now: number): boolean {
  return !entry.terminal && !entry.gone && now - entry.createdAt < FOLLOW_FOR_MS;
}

/** Fresh requests change fast (converting → sent, first views); old ones are asked about less often. */
function pollInterval(entry: StoredRequest, now: number): number {
  const age = now - entry.createdAt;
  if (age < 60 * MINUTE) return MINUTE;
  if (age < 24 * 60 * MINUTE) return 5 * MINUTE;
  return 30 * MINUTE;
}

/** Due for the alarm. 10% slack so an alarm firing a little early still counts. */
function isDue(entry: StoredRequest, now: number): boolean {
  if (!isFollowed(entry, now)) return false;
  return entry.lastPolledAt === null || now - entry.lastPolledAt >= pollInterval(entry, now) * 0.9;
}

/** The due requests for one tick, least recently asked first, capped. */
export function pickForTick(requests: readonly StoredRequest[], now: number, max = MAX_POLLS_PER_TICK): StoredRequest[] {
  return requests
    .filter((entry) => isDue(entry, now))
    .sort((a, b) => (a.lastPolledAt ?? -Infinity) - (b.lastPolledAt ?? -Infinity))
    .slice(0, max);
}

/** Requests a "Refresh" asks about: not final, not asked in the last few seconds. */
export function pickForRefresh(requests: readonly StoredRequest[], now: number, id?: string, max = MAX_POLLS_PER_TICK): StoredRequest[] {
  return requests
    .filter((entry) => (id === undefined ? !entry.terminal && !entry.gone : entry.id === id && !entry.terminal))
    .filter((entry) => entry.lastPolledAt === null || now - entry.lastPolledAt >= MIN_REFRESH_MS)
    .sort((a, b) => (a.lastPolledAt ?? -Infinity) - (b.lastPolledAt ?? -Infinity))
    .slice(0, max);
}

/** Why a resend cannot go to Box now, in plain words (`tooSoon` for the 10-minute rule); null when it may. */
export function resendRefusal(entry: StoredRequest, now: number): { message: string; tooSoon: boolean } | null {
  const refused = (message: string) => ({ message, tooSoon: false });
  if (entry.gone) return refused(t('resendGone'));
  if (entry.terminal) return refused(t('resendTerminal', endWords(entry.status)));
  if (entry.status === 'converting') return refused(t('resendConverting'));
  if (entry.status === 'created') return refused(t('resendCreated'));
  const wait = entry.lastSentAt + RESEND_COOLDOWN_MS - now;
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / MINUTE));
    return { message: minutes === 1 ? t('resendWaitOne') : t('resendWaitMany', minutes), tooSoon: true };
  }
  return null;
}

/** Why a cancel cannot go to Box, when we already know; Box decides everything else (and says why). */
export function cancelRefusal(entry: StoredRequest): string | null {
  if (entry.gone) return t('cancelGone');
  if (entry.terminal) return t('cancelTerminal', endWords(entry.status));
  return null;
}

/** "already signed", "declined by the signer"… for sentences about a final status. */
function endWords(status: string): string {
  switch (status) {
    case 'signed':
    case 'signed and downloaded':
      return t('endSigned');
    case 'declined':
      return t('endDeclined');
    case 'cancelled':
      return t('endCancelled');
    case 'expired':
      return t('endExpired');
    default:
      return status.startsWith('error') ? t('endError', status) : t('endOther', status);
  }
}
