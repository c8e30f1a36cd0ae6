// The facts of a Box failure, which the pages put into words (platform/box-words.ts). The service worker
// sends them instead of words, in an answer's error and in what it stores for a page (a Bulk send row's
// failure, the All requests walk's): it needs no words to enforce anything, and has a size budget.
import * as z from 'zod/mini';

/** What a Box call was about: a 404 on a file and a 404 on a sign request need different words. */
export type Resource = 'file' | 'folder' | 'sign_request' | 'sign_requests' | 'sign_template' | 'user' | 'oauth';

export type BoxFacts = {
  /** HTTP status; 0 when no response came back or the failure was found before sending. */
  status: number;
  /** Box's `code`, the OAuth `error`, or ours (network_error, timeout, …). */
  code: string;
  /** Box's own message, secrets masked. */
  message: string;
  resource?: Resource | undefined;
  /** Box's `context_info`: the field it blamed (`errors[0]`), the origin it saw. */
  contextInfo?: Record<string, unknown> | undefined;
  /** Seconds, from `retry-after`. */
  retryAfter?: number | undefined;
};

const RESOURCES: readonly unknown[] = ['file', 'folder', 'sign_request', 'sign_requests', 'sign_template', 'user', 'oauth'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

/** The facts as a page receives them (a message, storage): checked field by field; null when they are not facts. */
export function readBoxFacts(value: unknown): BoxFacts | null {
  if (!isObject(value)) return null;
  const { status, code, message, resource, contextInfo, retryAfter } = value;
  const ok =
    typeof status === 'number' && typeof code === 'string' && typeof message === 'string' && optional(resource, (r) => RESOURCES.includes(r))
    && optional(contextInfo, isObject) && optional(retryAfter, (r) => typeof r === 'number');
  return ok ? ({ status, code, message, resource, contextInfo, retryAfter } as BoxFacts) : null;
}

/** A failure a page is told of in an answer (a Bulk send row's, a walk's): words, or a Box failure's facts. */
export const StoredErrorSchema = z.nullable(z.union([z.string(), z.custom<BoxFacts>((value) => readBoxFacts(value) !== null)]));
