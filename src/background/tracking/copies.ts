// The extra copies Box made of a re-sent POST (the browser sent the create again, and Box made a
// request each time): recorded beside the request they copy, and cancelled on sight. A cancel is
// the one act at Box the worker takes on its own, so it is taken only on a request that is surely
// such a copy (isOurCopy), whatever storage says.
import { t } from '../../shared/i18n';
import type { SignRequestSummary } from '../../shared/messages';
import { toSummary } from '../box/payload';
import type { SignRequest } from '../box/schemas';
import type { TrackerContext } from './context';
import { newEntry } from './entries';
import type { NamedFile } from './names';
import { isTerminal } from './rules';
import type { StoredRequest } from './store';

/** What the worker recorded of the send a copy came from. */
export type CopyCheck = NonNullable<StoredRequest['copyCheck']>;

/** A copy is never notified about (its end is our own cancel) and needs no "new result" badge. */
export function copyEntries(request: SignRequestSummary, copies: SignRequestSummary[], files: NamedFile[], at: number, check: CopyCheck): StoredRequest[] {
  return copies.map((copy) => ({ ...newEntry(copy, files, at), copyOf: request.id, notified: true, seen: true, copyCheck: check }));
}

/** Box refuses a cancel while converting and after the end [sign-requests.md §1.4]. */
function mayCancelCopy(status: string): boolean {
  return status !== 'converting' && !isTerminal(status);
}

/**
 * Box's request is a copy of our send: it carries the external_id the worker recorded for that send,
 * and Box made it after the send began (a request made earlier, the user's own under a reused id,
 * is never one). Box's time against this browser's clock: a clock running ahead makes us cancel
 * nothing, never too much.
 */
export function isOurCopy(entry: StoredRequest, request: Pick<SignRequest, 'external_id' | 'created_at'>): boolean {
  const check = entry.copyCheck;
  if (entry.copyOf === undefined || check === undefined) return false;
  const createdAt = Date.parse(request.created_at ?? '');
  return request.external_id === check.externalId && createdAt > check.sendStartedAt;
}

/** Box's answer about a copy, cancelled first once Box allows it. A refusal is retried next poll. */
export async function cancelIfCopy(ctx: TrackerContext, entry: StoredRequest, request: SignRequest): Promise<SignRequestSummary> {
  const summary = toSummary(request);
  if (!isOurCopy(entry, request) || !mayCancelCopy(summary.status)) return summary;
  try {
    return toSummary(await ctx.client.cancelSignRequest(entry.id, t('copyCancelReason')));
  } catch {
    return summary;
  }
}
