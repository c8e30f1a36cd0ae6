// The list as the page shows it: the cached walk from storage.local at once, merged with this browser's
// sent requests (ones Box does not list yet are added), then kept fresh: the worker is asked to walk on
// open and once a minute while the page is visible (it walks at most once per interval whoever asks),
// and the page re-reads whenever the cache changes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { REQUESTS_HEAD_KEY, REQUESTS_KEY, type ListedRequest, type RequestsCache } from '../shared/requests-cache';
import type { TrackedRequest } from '../shared/messages';
import { checkRequests, readCache } from '../ui/requests/cache-check';
import type { RequestsDeps } from './deps';

const POLL_MS = 60_000;

/** A request sent from here that Box's list does not have (yet): shown with what this browser knows. */
function fromTracked(r: TrackedRequest): ListedRequest {
  return {
    id: r.id, name: r.files[0]?.name ?? r.id, status: r.status, createdAt: r.createdAt, finishedAt: null, expiresAt: null,
    files: r.files.map((f) => ({ id: f.id, name: f.name ?? f.id })), signFiles: [], signFilesReady: false, signingLog: null,
    parentFolderId: null, prepareUrl: r.prepareUrl, senderEmail: null, lastSentAt: r.lastSentAt,
    signers: r.signerEmails.map((email) => ({ email, role: 'signer', order: 0, state: 'waiting', reason: null, decidedAt: null, method: 'email', inPerson: false })),
  };
}

export function mergeSent(cache: readonly ListedRequest[], sent: readonly TrackedRequest[]): ListedRequest[] {
  const listed = new Set(cache.map((r) => r.id));
  return [...cache, ...sent.filter((s) => !listed.has(s.id) && !s.gone && !s.copyOf).map(fromTracked)];
}

export type RequestsState = {
  cache: RequestsCache | null;
  /** False while only the first rows are checked and shown. */
  complete: boolean;
  requests: ListedRequest[];
  sentHere: ReadonlySet<string>;
  refreshing: boolean;
  refresh: () => void;
};

export function useRequests(deps: RequestsDeps): RequestsState {
  const [cache, setCache] = useState<RequestsCache | null>(null);
  const [sent, setSent] = useState<TrackedRequest[]>([]);
  const [refreshing, setRefreshing] = useState(false);
  const [complete, setComplete] = useState(false);

  /** The newest requests (their own small key) at once, then the whole list: the first screen waits for neither 2,000 nor the check of them. */
  const show = (raw: unknown, complete: boolean) => {
    const { meta, entries } = readCache(raw);
    setCache({ ...meta, requests: checkRequests(entries) });
    setComplete(complete);
  };
  const read = () => deps.local.get(REQUESTS_KEY).then((got) => show(got[REQUESTS_KEY], true), () => show(null, true));
  const first = async () => {
    const got = await (deps.earlyList ?? deps.local.get(REQUESTS_HEAD_KEY)).catch((): Record<string, unknown> => ({}));
    const head = got[REQUESTS_HEAD_KEY];
    if (head !== undefined) show(head, false);
    await read();
  };
  const ask = (force: boolean) => {
    setRefreshing(true);
    deps.background('refreshRequests', force ? { force } : {})
      .catch(() => undefined) // the cache carries the error in words
      .finally(() => {
        setRefreshing(false);
        void read();
      });
  };

  useEffect(() => {
    void first();
    deps.background('listSent', {}).then((list) => setSent(list.requests), () => undefined);
    ask(false);
    const stop = deps.onListChanged(() => void read());
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') ask(false);
    }, POLL_MS);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);

  const requests = useMemo(() => (cache ? mergeSent(cache.requests, sent) : []), [cache, sent]);
  const sentHere = useMemo(() => new Set(sent.map((s) => s.id)), [sent]);
  return { cache, complete, requests, sentHere, refreshing, refresh: () => ask(true) };
}
