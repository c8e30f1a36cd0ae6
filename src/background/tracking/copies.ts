// The extra copies Box made of a re-sent POST (the browser sent the create again, and Box made a
// request each time): recorded beside the request they copy, and cancelled on sight.
import { t } from '../../shared/i18n';
import type { SignRequestSummary } from '../../shared/messages';
import { toSummary } from '../box/payload';
import type { TrackerContext } from './context';
import { newEntry } from './entries';
import type { NamedFile } from './names';
import { isTerminal } from './rules';
import type { StoredRequest } from './store';

/** A copy is never notified about (its end is our own cancel) and needs no "new result" badge. */
export function copyEntries(request: SignRequestSummary, copies: SignRequestSummary[], files: NamedFile[], at: number): StoredRequest[] {
  return copies.map((copy) => ({ ...newEntry(copy, files, at), copyOf: request.id, notified: true, seen: true }));
}

/** Box refuses a cancel while converting and after the end [sign-requests.md §1.4]. */
function mayCancelCopy(status: string): boolean {
  return status !== 'converting' && !isTerminal(status);
}

/** Box's answer about a copy, cancelled first once Box allows it. A refusal is retried next poll. */
export async function cancelIfCopy(ctx: TrackerContext, entry: StoredRequest, summary: SignRequestSummary): Promise<SignRequestSummary> {
  if (entry.copyOf === undefined || !mayCancelCopy(summary.status)) return summary;
  try {
    return toSummary(await ctx.client.cancelSignRequest(entry.id, t('copyCancelReason')));
  } catch {
    return summary;
  }
}
