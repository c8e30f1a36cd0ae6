// The "All requests" cache as a page reads it from storage.local. The worker wrote it, but storage is a
// boundary: each request is checked, and one that does not fit is left out rather than breaking the list.
// Checked by hand, not with zod: the extension pages' CSP forbids the code zod compiles for speed, and
// its fallback took a quarter of a second for the first 100 requests, where the first screen has 300 ms.
import { readBoxFacts } from '../../shared/box-facts';
import { decodeCache, type ListedFile, type ListedRequest, type ListedSigner, type RequestsCache } from '../../shared/requests-cache';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const orNull = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | null => v === null || check(v);
const arrayOf = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T[] => Array.isArray(v) && v.every(check);

const isFile = (v: unknown): v is ListedFile => isRec(v) && isStr(v['id']) && isStr(v['name']);
const STATES: readonly unknown[] = ['waiting', 'viewed', 'signed', 'declined'];
const METHODS: readonly unknown[] = ['sms', 'login', 'email'];
const isSigner = (v: unknown): v is ListedSigner =>
  isRec(v) && isStr(v['email']) && isStr(v['role']) && isNum(v['order']) && STATES.includes(v['state'])
  && orNull(isStr)(v['reason']) && orNull(isNum)(v['decidedAt']) && METHODS.includes(v['method']) && typeof v['inPerson'] === 'boolean';

/** Every field of ListedRequest, with its check. */
const FIELDS: Record<keyof ListedRequest, (v: unknown) => boolean> = {
  id: isStr, name: isStr, status: isStr, createdAt: isNum, finishedAt: orNull(isNum), expiresAt: orNull(isNum),
  files: arrayOf(isFile), signFiles: arrayOf(isFile), signFilesReady: (v) => typeof v === 'boolean', signingLog: orNull(isFile),
  parentFolderId: orNull(isStr), prepareUrl: orNull(isStr), senderEmail: orNull(isStr), signers: arrayOf(isSigner), lastSentAt: isNum,
  batch: (v) => v === undefined || orNull(isStr)(v),
};
const ENTRIES = Object.entries(FIELDS);

export function isListedRequest(v: unknown): v is ListedRequest {
  return isRec(v) && ENTRIES.every(([key, check]) => check(v[key]));
}

/** The requests that pass the check, in order. */
export function checkRequests(entries: readonly unknown[]): ListedRequest[] {
  const requests: ListedRequest[] = [];
  for (const entry of entries) if (isListedRequest(entry)) requests.push(entry);
  return requests;
}

/** The stored cache, with its requests unchecked (see checkRequests); an empty one when storage holds none. */
export function readCache(raw: unknown): { meta: Omit<RequestsCache, 'requests'>; entries: unknown[] } {
  const decoded = decodeCache(raw);
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    meta: {
      refreshedAt: typeof decoded?.refreshedAt === 'number' ? decoded.refreshedAt : null,
      // Words, or a Box failure's facts (the page words them).
      error: typeof decoded?.error === 'string' ? decoded.error : readBoxFacts(decoded?.error),
      backoffUntil: num(decoded?.backoffUntil, 0),
      limited: num(decoded?.limited, 0),
    },
    entries: decoded?.requests ?? [],
  };
}

export function parseCache(raw: unknown): RequestsCache {
  const { meta, entries } = readCache(raw);
  return { ...meta, requests: checkRequests(entries) };
}
