// The one error type for everything that goes wrong talking to Box (API, OAuth, network), and the
// one place that turns it into what a page is told: its facts, which the page puts into words
// (platform/box-words.ts).
import { t } from '../../shared/i18n';
import type { BoxFacts, Resource } from '../../shared/box-facts';
import type { UserError } from '../../shared/messages';

export type { Resource } from '../../shared/box-facts';

type BoxApiErrorInit = {
  /** HTTP status; 0 when no response came back (network failure, time-out) or the failure is local. */
  status: number;
  /** Box's `code`, the OAuth `error`, or ours: network_error, timeout, malformed_response, … */
  code: string;
  message: string;
  requestId?: string | undefined;
  contextInfo?: Record<string, unknown> | undefined;
  /** Seconds, from the `retry-after` header. */
  retryAfter?: number | undefined;
  resource?: Resource | undefined;
  cause?: unknown;
};

export class BoxApiError extends Error {
  override readonly name = 'BoxApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly contextInfo: Record<string, unknown> | undefined;
  readonly retryAfter: number | undefined;
  readonly resource: Resource | undefined;

  constructor(init: BoxApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.contextInfo = init.contextInfo;
    this.retryAfter = init.retryAfter;
    this.resource = init.resource;
  }
}

/** A response already read to text: the client reads bodies inside its time-out. */
export type RawResponse = { status: number; headers: Headers; text: string };

export async function parseBoxError(response: Response, resource?: Resource): Promise<BoxApiError> {
  const text = await response.text().catch(() => '');
  return boxErrorFromParts({ status: response.status, headers: response.headers, text }, resource);
}

export function boxErrorFromParts(raw: RawResponse, resource?: Resource): BoxApiError {
  const body = parseJsonObject(raw.text);
  const common = {
    status: raw.status,
    resource,
    retryAfter: parseRetryAfter(raw.headers.get('retry-after')),
    requestId: str(body?.request_id) ?? raw.headers.get('box-request-id') ?? undefined,
  };
  if (body?.type === 'error' || str(body?.code)) {
    // ClientError {type:'error', status, code, message, request_id, context_info} [sign-requests.md §5].
    const contextInfo = isObject(body?.context_info) ? body.context_info : undefined;
    return new BoxApiError({ ...common, code: str(body?.code) ?? `http_${raw.status}`, message: str(body?.message) ?? '', contextInfo });
  }
  if (str(body?.error)) {
    // OAuth endpoints answer {error, error_description} [auth.md §1.2].
    return new BoxApiError({ ...common, code: str(body?.error)!, message: str(body?.error_description) ?? '' });
  }
  if (raw.status === 401) {
    // Box answers 401 with an empty body and a WWW-Authenticate header.
    const challenge = raw.headers.get('www-authenticate') ?? '';
    const code = /error="([^"]+)"/.exec(challenge)?.[1] ?? 'unauthorized';
    return new BoxApiError({ ...common, code, message: /error_description="([^"]*)"/.exec(challenge)?.[1] ?? '' });
  }
  return new BoxApiError({ ...common, code: `http_${raw.status}`, message: '' });
}

/**
 * True when the request may have taken effect at Box even though we got no usable answer:
 * a 5xx, a time-out, a network failure, or a success whose body we could not read.
 * Such a POST must never be blindly repeated (Box has no idempotency keys [auth.md §8]).
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof BoxApiError)) return false;
  if (error.code === 'network_error' || error.code === 'timeout' || error.code === 'malformed_response') return true;
  return error.status >= 500;
}

export function toUserError(error: unknown): UserError {
  if (!(error instanceof BoxApiError)) {
    // Unknown errors may carry anything (even payload fragments): say nothing specific.
    return { message: t('errInternal'), code: 'internal_error' };
  }
  const out: UserError = { message: '', code: error.code, box: boxFacts(error) };
  if (error.status > 0) out.status = error.status;
  if (error.requestId) out.requestId = error.requestId;
  return out;
}

/** What a page words a Box failure from; a stored failure (a Bulk send row's, the All requests walk's) too. */
export function boxFacts(error: BoxApiError): BoxFacts {
  const { status, code, message, resource, contextInfo, retryAfter } = error;
  return { status, code, message, resource, contextInfo, retryAfter };
}

/** A failure as the worker stores it for a page: a Box failure's facts, else the words `toUserError` gives. */
export function storedError(error: unknown, words: (error: unknown) => UserError = toUserError): string | BoxFacts {
  return error instanceof BoxApiError ? boxFacts(error) : words(error).message;
}

/**
 * A copy of `error` with every occurrence of the given secrets masked in its message and
 * context. Box validation messages quote the offending value ("Invalid value '…'"), and a
 * signer's password must never reach a log or the UI that way.
 */
export function redactSecrets(error: BoxApiError, secrets: readonly string[]): BoxApiError {
  const live = secrets.filter((secret) => secret.length > 0);
  if (!live.length) return error;
  const mask = (text: string) => live.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const contextInfo = error.contextInfo && (JSON.parse(mask(JSON.stringify(error.contextInfo))) as Record<string, unknown>);
  const { status, code, requestId, retryAfter, resource } = error;
  return new BoxApiError({ status, code, message: mask(error.message), requestId, contextInfo, retryAfter, resource });
}

/** Box sends `retry-after` in seconds. An HTTP-date form is not used by Box and is ignored. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
