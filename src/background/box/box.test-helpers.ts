// Test doubles for Box over HTTP. Only *.test.ts files import this.
import { NO_REQUEST_OPTIONS, type SendSignRequest } from '../../shared/messages';
import type { FetchFn } from './http';

export type Call = { url: URL; method: string; headers: Headers; body: string | undefined };
export type Handler = (call: Call, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** A fetch that records every call and answers with `handler`. */
export function fakeFetch(handler: Handler): { fetch: FetchFn; calls: Call[] } {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    return handler(call, init?.signal ?? undefined);
  }) as FetchFn;
  return { fetch, calls };
}

export type Step = Response | Error | Handler;

/** Answers each call with the next step; an Error step is a network failure. */
export function scripted(...steps: Step[]): Handler {
  return (call, signal) => {
    const step = steps.shift();
    if (step === undefined) throw new Error(`unexpected call: ${call.method} ${call.url}`);
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(call, signal);
    return step;
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function boxError(status: number, code: string, message = '', headers: Record<string, string> = {}): Response {
  return json(status, { type: 'error', status, code, message, request_id: `req-${status}-${code}` }, headers);
}

/** Never answers; rejects like a real fetch when the caller aborts. */
export const hang: Handler = (_call, signal) =>
  new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

/** A sleep that records the waits and returns at once. */
export function fakeSleep(): { sleep(ms: number): Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

export function signRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'sign-request',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    status: 'converting',
    external_id: 'secure-sign-1',
    prepare_url: null,
    sender_email: 'sender@example.com',
    parent_folder: { type: 'folder', id: '555' },
    source_files: [{ type: 'file', id: '12345' }],
    signers: [
      { email: 'sender@example.com', role: 'final_copy_reader', order: 0 },
      { email: 'signer@example.com', role: 'signer', order: 1, verification_phone_number: '+15551232190' },
    ],
    ...overrides,
  };
}

/** A `sendSignRequest` request: one password signer, no options, unless overridden. */
export function sendRequest(over: Partial<SendSignRequest> = {}): SendSignRequest {
  return {
    fileIds: ['111'],
    templateId: null,
    signers: [{ email: 'signer@example.com', role: 'signer', order: null, verification: { kind: 'none' }, password: 'hunter2-secret' }],
    options: { ...NO_REQUEST_OPTIONS },
    ...over,
  };
}

/** A Box SignTemplate body: the sender's row first, then the given recipients. */
export function signTemplate(overrides: Record<string, unknown> = {}, recipients: Record<string, unknown>[] = [{ email: '', label: 'Client', role: 'signer', order: 1 }]): Record<string, unknown> {
  return {
    type: 'sign-template',
    id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
    name: 'Mutual NDA',
    email_subject: null,
    email_message: null,
    days_valid: null,
    parent_folder: { type: 'folder', id: '555' },
    source_files: [{ type: 'file', id: '777', name: 'Mutual NDA.pdf' }],
    are_email_settings_locked: false,
    are_fields_locked: false,
    are_files_locked: false,
    are_options_locked: false,
    are_recipients_locked: false,
    signers: [{ email: '', label: '', role: 'final_copy_reader', order: 1, public_id: 'AAAAAAAA' }, ...recipients],
    additional_info: { non_editable: [], required: { signers: [] } },
    ...overrides,
  };
}
