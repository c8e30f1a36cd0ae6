// Authenticated requests to the Box API with the retry rules that keep a create from ever
// being sent twice:
// - 401: refresh the token once and retry once (an expired token was not acted on).
// - 429: wait `retry-after` and retry, bounded; safe even for POST because Box did not process it.
// - 5xx / time-out / network: retry GETs only. A POST may have taken effect and Box has no
//   idempotency keys [auth.md §8], so the caller gets the error and decides (see send.ts).
import { boxErrorFromParts, type BoxApiError, type RawResponse, type Resource } from './box-error';
import { fetchRaw, type FetchFn } from './http';

export type TokenProvider = {
  getAccessToken(): Promise<string>;
  /** Called with the token Box just refused; returns a newer one (or throws). */
  refresh(staleToken: string): Promise<string>;
};

export type RequesterDeps = {
  fetch: FetchFn;
  tokens: TokenProvider;
  sleep(ms: number): Promise<void>;
  apiBase?: string;
  timeoutMs?: number;
  maxRetryAfterMs?: number;
};

type ApiRequest = {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  resource: Resource;
};

const RATE_LIMIT_ATTEMPTS = 3;
const GET_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 1000;

type Attempts = { token: string; refreshed: boolean; rateLimited: number; failed: number };

export function createRequester(deps: RequesterDeps): (req: ApiRequest) => Promise<RawResponse> {
  const fetchFn = deps.fetch;
  const apiBase = (deps.apiBase ?? 'https://api.box.com').replace(/\/+$/, '');
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? 30_000;

  /** Returns normally to retry, throws to give up. */
  async function onFailure(req: ApiRequest, error: BoxApiError, at: Attempts): Promise<void> {
    if (error.status === 401 && !at.refreshed) {
      at.refreshed = true;
      at.token = await deps.tokens.refresh(at.token);
      return;
    }
    if (error.status === 429 && at.rateLimited < RATE_LIMIT_ATTEMPTS - 1) {
      const waitMs = error.retryAfter !== undefined ? error.retryAfter * 1000 : backoff(at.rateLimited);
      if (waitMs > maxRetryAfterMs) throw error; // Carries retryAfter, so the user is told how long.
      at.rateLimited++;
      return deps.sleep(waitMs);
    }
    const transient = error.status === 0 || error.status >= 500;
    if (transient && req.method === 'GET' && at.failed < GET_ATTEMPTS - 1) {
      return deps.sleep(backoff(at.failed++));
    }
    throw error;
  }

  return async function request(req) {
    const at: Attempts = { token: await deps.tokens.getAccessToken(), refreshed: false, rateLimited: 0, failed: 0 };
    for (;;) {
      let error: BoxApiError;
      try {
        const raw = await attempt(req, at.token);
        if (raw.status >= 200 && raw.status < 300) return raw;
        error = boxErrorFromParts(raw, req.resource);
      } catch (thrown) {
        error = thrown as BoxApiError; // fetchRaw turns every failure into a BoxApiError.
      }
      await onFailure(req, error, at);
    }
  };

  function attempt(req: ApiRequest, token: string): Promise<RawResponse> {
    const headers: Record<string, string> = { ...req.headers, Authorization: `Bearer ${token}`, Accept: 'application/json' };
    const init: RequestInit = { method: req.method, headers };
    if (req.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(req.body);
    }
    return fetchRaw(fetchFn, apiBase + req.path + queryString(req.query), init, timeoutMs, req.resource);
  }
}

/** Exponential back-off, as Box advises: 1 s, 2 s, 4 s… */
function backoff(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** attempt;
}

/** Commas stay literal so `fields=a,b` reads as Box documents it. */
function queryString(query: ApiRequest['query']): string {
  const parts = Object.entries(query ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value)).replace(/%2C/gi, ',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
