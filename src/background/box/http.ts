// One HTTP exchange with a time-out that covers the body too, so a stalled download of a
// response counts as a time-out. Failures without a response become BoxApiError (status 0).
import { BoxApiError, type RawResponse, type Resource } from './box-error';

export type FetchFn = typeof fetch;

export async function fetchRaw(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  resource?: Resource,
): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Called unbound on purpose: `deps.fetch(...)` would call the browser's fetch with `this`
    // set to deps, which throws "Illegal invocation".
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (cause) {
    if (timedOut) {
      throw new BoxApiError({ status: 0, code: 'timeout', message: `No answer from Box within ${timeoutMs} ms`, resource, cause });
    }
    throw new BoxApiError({ status: 0, code: 'network_error', message: 'Box could not be reached', resource, cause });
  } finally {
    clearTimeout(timer);
  }
}
