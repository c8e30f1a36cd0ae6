// Cancel and resend from "All requests": on requests Box listed for this user (Box checks ownership
// too), with the refusals we can tell in advance said in plain words, the 10-minute resend rule
// counted from when Box last emailed the signers (ListedRequest.lastSentAt), enforced here and not
// only shown by the page.
import { t } from '../../shared/i18n';
import type { ListedRequest } from '../../shared/requests-cache';
import type { BoxClient } from '../box/client';
import { TrackingError } from '../tracking/errors';
import { cancelRefusal, isTerminal, resendRefusal } from '../tracking/rules';
import type { StoredRequest } from '../tracking/store';
import { toListed } from './listed';
import type { RequestsStore } from './store';

/** The fields the tracker's refusal rules read, for a listed request. */
function asEntry(r: ListedRequest): StoredRequest {
  return { gone: false, terminal: isTerminal(r.status), status: r.status, lastSentAt: r.lastSentAt } as StoredRequest;
}

async function listed(store: RequestsStore, id: string): Promise<ListedRequest> {
  const found = (await store.read()).requests.find((r) => r.id === id);
  if (!found) throw new TrackingError('not_tracked', t('reqNotListed'));
  return found;
}

async function replace(store: RequestsStore, next: ListedRequest): Promise<void> {
  await store.update((c) => ({ ...c, requests: c.requests.map((r) => (r.id === next.id ? next : r)) }));
}

export async function cancelListed(store: RequestsStore, client: BoxClient, id: string, reason: string | undefined): Promise<void> {
  const entry = await listed(store, id);
  const refusal = cancelRefusal(asEntry(entry));
  if (refusal) throw new TrackingError('cancel_not_allowed', refusal);
  const why = reason?.trim();
  const answer = await client.cancelSignRequest(id, why ? why : undefined);
  const next = toListed(answer, entry.lastSentAt);
  if (next) await replace(store, next);
}

export async function resendListed(store: RequestsStore, client: BoxClient, id: string, now: () => number): Promise<void> {
  const entry = await listed(store, id);
  const refusal = resendRefusal(asEntry(entry), now());
  if (refusal) throw new TrackingError(refusal.tooSoon ? 'resend_too_soon' : 'resend_not_allowed', refusal.message);
  await client.resendSignRequest(id); // Box's own 400 (too soon by its clock) is put in words by the Box error mapping
  await replace(store, { ...entry, lastSentAt: now() });
}
