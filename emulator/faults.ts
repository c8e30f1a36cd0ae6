import { boxError, internalError, rateLimited } from './errors.ts';
import type { Reply } from './http.ts';
import type { FaultMatch, FaultSpec } from './types.ts';

interface Armed {
  match: FaultMatch;
  fault: FaultSpec;
  remaining: number;
}

/** Faults armed with failNext(); the first matching entry is consumed per request. */
export class FaultRegistry {
  private readonly armed: Armed[] = [];

  add(match: FaultMatch, fault: FaultSpec, count = 1): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('failNext count must be a positive integer');
    this.armed.push({ match, fault, remaining: count });
  }

  take(method: string, host: string, path: string): FaultSpec | undefined {
    const index = this.armed.findIndex((a) => matches(a.match, method, host, path));
    const hit = this.armed[index];
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) this.armed.splice(index, 1);
    return hit.fault;
  }
}

function matches(m: FaultMatch, method: string, host: string, path: string): boolean {
  if (m.method !== undefined && m.method.toUpperCase() !== method) return false;
  if (m.host !== undefined && m.host.toLowerCase() !== host) return false;
  if (m.path === undefined) return true;
  return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}

/** The reply a `status` fault produces, in Box's error shape (docs common-errors.md). */
export function faultReply(fault: FaultSpec): Reply | null {
  const status = fault.status;
  if (status === undefined) return null;
  if (fault.message !== undefined) return withMessage(plainFaultReply(status, fault), fault.message);
  return plainFaultReply(status, fault);
}

function plainFaultReply(status: number, fault: FaultSpec): Reply {
  const retry: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  if (status === 429) return rateLimited(fault.retryAfter ?? 1);
  if (status === 500) return { ...internalError(), headers: { ...internalError().headers, ...retry } };
  if (status === 503) return boxError(503, 'unavailable', 'Unavailable', { headers: retry });
  if (status === 502) return boxError(502, 'bad_gateway', 'Bad Gateway', { headers: retry });
  return boxError(status, status >= 500 ? 'internal_server_error' : 'bad_request', `Injected fault ${status}`, { headers: retry });
}

/** The same Box error body with another `message` (request_id and the rest unchanged). */
function withMessage(reply: Reply, message: string): Reply {
  const body = JSON.parse(reply.body) as Record<string, unknown>;
  return { ...reply, body: JSON.stringify({ ...body, message }) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
