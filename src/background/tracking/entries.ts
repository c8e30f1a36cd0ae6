// A tracked request's stored entry: made from Box's answer to the create, brought up to date by
// later answers, and found or changed in the store by its id.
import { t } from '../../shared/i18n';
import type { SignRequestSummary } from '../../shared/messages';
import { TrackingError } from './errors';
import type { NamedFile } from './names';
import { isTerminal } from './rules';
import type { StoredRequest, TrackingStore } from './store';

export function newEntry(request: SignRequestSummary, files: NamedFile[], at: number): StoredRequest {
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

/** Only requests sent from this browser are acted on. */
export async function findEntry(store: TrackingStore, id: string): Promise<StoredRequest> {
  const entry = (await store.read()).requests.find((r) => r.id === id);
  if (!entry) throw new TrackingError('not_tracked', t('notTracked'));
  return entry;
}

/** Returns the entry as written; undefined when it is no longer stored. */
export async function replaceEntry(
  store: TrackingStore,
  id: string,
  change: (entry: StoredRequest) => StoredRequest,
): Promise<StoredRequest | undefined> {
  let updated: StoredRequest | undefined;
  await store.update((state) => {
    state.requests = state.requests.map((entry) => (entry.id === id ? (updated = change(entry)) : entry));
  });
  return updated;
}
