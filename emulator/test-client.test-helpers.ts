import { request } from 'node:https';
import { DEFAULT_APP, type Emulator } from './index.ts';

// HTTPS client for the emulator tests: real TLS, SNI + Host set to the Box host.

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies freely
  json: any;
}

export interface Call {
  method?: string;
  host?: string;
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
}

export function call(em: Emulator, c: Call): Promise<Res> {
  const host = c.host ?? 'api.box.com';
  let body: string | undefined = c.body;
  const headers: Record<string, string> = { host, ...c.headers };
  if (c.json !== undefined) {
    body = JSON.stringify(c.json);
    headers['content-type'] ??= 'application/json';
  }
  if (c.form !== undefined) {
    body = new URLSearchParams(c.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port: em.port, servername: host, method: c.method ?? 'GET', path: c.path,
      headers, rejectUnauthorized: false, agent: false,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = undefined;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parsed });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export function api(em: Emulator, token: string, method: string, path: string, json?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  return call(em, { method, path, headers: { ...bearer(token), ...headers }, ...(json === undefined ? {} : { json }) });
}

export const NDA = '1000000001';
export const CONTRACTS = '111111111';
export const REDIRECT = DEFAULT_APP.redirectUris[0] ?? '';

export const validSigner = { email: 'signer@example.org', role: 'signer', password: 's3cret-Pass' };

export function signBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { source_files: [{ type: 'file', id: NDA }], signers: [validSigner], ...extra };
}

/** Walks the consent page: GET authorize, then POST "Grant access to Box"; returns the redirect Location. */
export async function consent(em: Emulator, params: Record<string, string>, accept = true): Promise<Res> {
  const qs = new URLSearchParams({ response_type: 'code', client_id: DEFAULT_APP.clientId, redirect_uri: REDIRECT, ...params });
  const page = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?${qs}` });
  if (page.status !== 200) return page;
  const fields: Record<string, string> = {};
  for (const m of page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[m[1] ?? ''] = (m[2] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  }
  const choice: Record<string, string> = accept ? { consent_accept: 'Grant access to Box' } : { consent_reject: 'Deny access' };
  return call(em, { host: 'account.box.com', method: 'POST', path: '/api/oauth2/authorize', form: { ...fields, ...choice } });
}

export async function authCode(em: Emulator, params: Record<string, string> = {}): Promise<string> {
  const res = await consent(em, params);
  const location = String(res.headers['location'] ?? '');
  const code = new URL(location).searchParams.get('code');
  if (!code) throw new Error(`no code in ${res.status} ${location}`);
  return code;
}

export function exchange(em: Emulator, form: Record<string, string>): Promise<Res> {
  return call(em, {
    method: 'POST', path: '/oauth2/token',
    form: { grant_type: 'authorization_code', client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret, ...form },
  });
}

export function refresh(em: Emulator, refreshToken: string): Promise<Res> {
  return call(em, {
    method: 'POST', path: '/oauth2/token',
    form: { grant_type: 'refresh_token', client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret, refresh_token: refreshToken },
  });
}
