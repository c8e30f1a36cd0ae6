// An in-memory Box for the bulk queue's tests: creates with faults on demand, the list newest first.
// Only *.test.ts files import this.
import { NO_REQUEST_OPTIONS, type BulkStart } from '../../shared/messages';
import { memoryArea } from '../../shared/storage-area';
import { BoxApiError } from '../box/box-error';
import type { BoxClient } from '../box/client';
import type { SignRequest, SignRequestCreate } from '../box/schemas';
import type { BulkDeps } from './context';
import { rowPasswords } from './passwords';
import { createBulkStore } from './store';

/** What one create does: answer, refuse, or leave the caller not knowing (with or without creating). */
export type CreateFault = 'ok' | '429' | '400' | 'created-then-500' | 'created-then-dropped' | '500' | 'created-then-hang' | 'hang';

export function fakeBox() {
  const created: (SignRequest & { payload: SignRequestCreate })[] = [];
  const faults: CreateFault[] = [];
  let posts = 0;
  let listFails = 0;
  const make = (payload: SignRequestCreate) => {
    const request = {
      type: 'sign-request',
      id: `sr-${created.length + 1}`,
      status: 'converting',
      external_id: payload.external_id,
      parent_folder: { type: 'folder', id: '555' },
      signers: payload.signers.map((s) => ({ email: s.email, role: s.role ?? 'signer' })),
      payload,
    } as unknown as SignRequest & { payload: SignRequestCreate };
    created.push(request);
    return request;
  };
  const never = () => new Promise<never>(() => undefined);
  const client: BoxClient = {
    async createSignRequest(payload) {
      posts++;
      const fault = faults.shift() ?? 'ok';
      if (fault === '429') throw new BoxApiError({ status: 429, code: 'rate_limit_exceeded', message: 'slow down', retryAfter: 2, resource: 'sign_request' });
      if (fault === '400') throw new BoxApiError({ status: 400, code: 'bad_request', message: 'Bad Request', resource: 'sign_request' });
      if (fault === '500') throw new BoxApiError({ status: 500, code: 'internal_server_error', message: 'oops', resource: 'sign_request' });
      if (fault === 'hang') return never();
      const request = make(payload);
      if (fault === 'created-then-500') throw new BoxApiError({ status: 500, code: 'internal_server_error', message: 'oops', resource: 'sign_request' });
      if (fault === 'created-then-hang') return never();
      if (fault === 'created-then-dropped') throw new BoxApiError({ status: 0, code: 'network_error', message: 'connection dropped', resource: 'sign_request' });
      return request;
    },
    async listSignRequests({ marker, limit = 100 } = {}) {
      if (listFails > 0) {
        listFails--;
        throw new BoxApiError({ status: 0, code: 'network_error', message: 'offline', resource: 'sign_requests' });
      }
      const newest = [...created].reverse();
      const start = marker ? Number(marker) : 0;
      const entries = newest.slice(start, start + limit);
      return { entries, next_marker: start + limit < newest.length ? String(start + limit) : null } as never;
    },
    async getFile(id) {
      return { id, name: `${id}.pdf`, extension: 'pdf', size: 1, canDownload: true };
    },
    getSignRequest: never,
    cancelSignRequest: never,
    resendSignRequest: never,
    listSignTemplates: never,
    getSignTemplate: never,
    resolveSharedFile: never,
    getMe: never,
    async getFolderAncestors() {
      return ['0'];
    },
  };
  return {
    client,
    created,
    posts: () => posts,
    /** The next creates' faults, in order; then 'ok'. */
    fault: (...next: CreateFault[]) => void faults.push(...next),
    failLists: (count: number) => void (listFails = count),
  };
}

/** A clock that sleeping moves forward. */
export function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, sleep: async (ms: number) => void (now += ms), advance: (ms: number) => void (now += ms) };
}

export function bulkDeps(box: ReturnType<typeof fakeBox>, over: Partial<BulkDeps> = {}) {
  const local = memoryArea();
  const session = memoryArea();
  const clock = fakeClock();
  const alarms = new Map<string, unknown>();
  let ids = 0;
  const deps: BulkDeps = {
    store: createBulkStore(local),
    passwords: rowPasswords(session),
    client: box.client,
    alarms: { get: async (name) => alarms.get(name), create: (name, info) => void alarms.set(name, info), clear: async (name) => alarms.delete(name) },
    now: clock.now,
    sleep: clock.sleep,
    newId: () => `batch-${++ids}`,
    newExternalId: () => `ext-${++ids}`,
    pace: { limit: 3, windowMs: 1000, marginMs: 0 },
    concurrency: 2,
    settleMs: 60_000,
    ...over,
  };
  return { deps, local, session, clock, alarms };
}

/** Rows a@…, b@…: password rows unless `phone` is given. */
export function bulkStart(count: number, over: { phone?: boolean } = {}): BulkStart {
  return {
    name: 'Policy acknowledgement',
    base: { fileIds: ['111'], templateId: null, options: { ...NO_REQUEST_OPTIONS } },
    rows: Array.from({ length: count }, (_, i) => ({
      id: `r${i + 1}`,
      name: null,
      signer: {
        email: `person${i + 1}@example.com`,
        role: 'signer' as const,
        order: null,
        verification: over.phone ? { kind: 'sms' as const, phone: `+1415555${String(2600 + i)}` } : { kind: 'none' as const },
        password: over.phone ? null : `pw-${i + 1}`,
      },
    })),
  };
}
