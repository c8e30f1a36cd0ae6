// The "All requests" list as the service worker keeps it in storage.local (request metadata only: no
// passwords, no phone numbers, no tokens) and as the pages read it. Types and the key only: the worker
// writes what it built itself; the pages parse what they read (src/ui/requests/cache-check.ts).

import type { BoxFacts } from './box-facts';

export const REQUESTS_KEY = 'requests';
/** The newest HEAD_ROWS requests again, under their own key: a page's first screen reads only these. */
export const REQUESTS_HEAD_KEY = 'requests.head';
export const HEAD_ROWS = 100;

/** waiting (not yet opened), viewed (opened, no decision), signed, declined. */
export type SignerState = 'waiting' | 'viewed' | 'signed' | 'declined';
/** How Box checks who the signer is, as far as Box tells (a password is write-only, so never shown). */
export type SignerMethod = 'sms' | 'login' | 'email';

export interface ListedFile {
  id: string;
  name: string;
}

export interface ListedSigner {
  email: string;
  role: string;
  order: number;
  state: SignerState;
  /** The decline reason (`signer_decision.additional_info`). */
  reason: string | null;
  /** Epoch ms of the decision. */
  decidedAt: number | null;
  method: SignerMethod;
  inPerson: boolean;
}

export interface ListedRequest {
  id: string;
  name: string;
  /** As Box wrote it; unknown values are kept. */
  status: string;
  createdAt: number;
  finishedAt: number | null;
  expiresAt: number | null;
  files: ListedFile[];
  signFiles: ListedFile[];
  signFilesReady: boolean;
  signingLog: ListedFile | null;
  parentFolderId: string | null;
  prepareUrl: string | null;
  senderEmail: string | null;
  /** Everyone on the request, the sender's own `final_copy_reader` row included, in Box's order. */
  signers: ListedSigner[];
  /** When Box last emailed signers, as far as can be told (send, next signer's turn, our resend): the resend rule. */
  lastSentAt: number;
  /** The Bulk send batch it belongs to, read from its external_id (background/bulk/external-id.ts); absent in older caches. */
  batch?: string | null;
}

export interface RequestsCache {
  /** When the last full walk of GET /sign_requests ended (epoch ms); null before the first. */
  refreshedAt: number | null;
  /** Newest first. */
  requests: ListedRequest[];
  /** The last walk's failure, or null: plain words, or a Box failure's facts the page words (platform/box-words.ts). */
  error: string | BoxFacts | null;
  /** No walk before this (after a 429). */
  backoffUntil: number;
  /** Consecutive 429s, for the backoff. */
  limited: number;
}

/**
 * As stored: the list as one JSON string. Chrome hands storage values to a page object by object, which
 * for 2,000 requests took seconds; one string crosses at once and JSON.parse reads it in milliseconds.
 */
export type StoredCache = Omit<RequestsCache, 'requests'> & { version: 2; list: string };

/** Both keys' values: the whole list, and its newest HEAD_ROWS (the list is kept newest first). */
export function encodeCache(cache: RequestsCache): Record<string, StoredCache> {
  const { requests, ...meta } = cache;
  return {
    [REQUESTS_KEY]: { ...meta, version: 2, list: JSON.stringify(requests) },
    [REQUESTS_HEAD_KEY]: { ...meta, version: 2, list: JSON.stringify(requests.slice(0, HEAD_ROWS)) },
  };
}

/** What storage holds, unchecked: the worker reads back what it wrote; pages check each request. */
export function decodeCache(raw: unknown): (Omit<RequestsCache, 'requests'> & { requests: unknown[] }) | null {
  const stored = raw as Partial<StoredCache> | undefined;
  if (stored?.version !== 2 || typeof stored.list !== 'string') return null;
  let requests: unknown;
  try {
    requests = JSON.parse(stored.list);
  } catch {
    return null;
  }
  const { list: _list, version: _version, ...meta } = stored as StoredCache;
  return Array.isArray(requests) ? { ...meta, requests } : null;
}
