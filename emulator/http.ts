import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import type { EmulatorState } from './state.ts';

/** What a handler produces; the server writes it (or a fault replaces it). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One parsed incoming request, handed to every handler. */
export interface Ctx {
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** Lowercase names, comma-joined when repeated. */
  headers: Record<string, string>;
  body: unknown;
  rawBody: string;
  state: EmulatorState;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

export function empty(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

export function html(status: number, markup: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: markup };
}

export function text(status: number, value: string): Reply {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: value };
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { location }, body: '' };
}

/** A request over HTTP/2 or, for clients that do not offer h2, HTTP/1.1. */
export type IncomingRequest = IncomingMessage | Http2ServerRequest;

export async function readBody(req: IncomingRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON for JSON content types, a fields object for forms, else the raw string (null when empty). */
export function parseBody(contentType: string | undefined, raw: string): unknown {
  if (raw === '') return null;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  return raw;
}

/** HTTP/2's `:authority` becomes `host`; the other pseudo-headers (`:method`, `:path`…) are left out. */
export function lowerHeaders(req: IncomingRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (name === ':authority') {
      out['host'] ??= String(value);
      continue;
    }
    if (name.startsWith(':')) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `Host` without port, lowercased. */
export function hostOf(headers: Record<string, string>): string {
  const raw = headers['host'] ?? '';
  return raw.replace(/:\d+$/, '').toLowerCase();
}
