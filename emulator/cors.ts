import { corsRejected } from './errors.ts';
import type { Reply } from './http.ts';
import type { AppConfig } from './types.ts';

// Box checks the request's Origin against the app's "CORS Domains" (docs guides/security/cors.md):
// entries carry a scheme, may use a subdomain wildcard (`https://*.example.com`) and include non-default ports.

function matches(entry: string, origin: string): boolean {
  const e = entry.trim().replace(/\/$/, '').toLowerCase();
  const o = origin.toLowerCase();
  if (e === o) return true;
  const wild = /^([a-z][a-z0-9+.-]*:\/\/)\*\.(.+)$/.exec(e);
  if (!wild) return false;
  const [, scheme, rest] = wild;
  return o.startsWith(scheme ?? '') && o.slice((scheme ?? '').length).endsWith(`.${rest ?? ''}`);
}

export function originAllowed(app: AppConfig | undefined, origin: string): boolean {
  return app !== undefined && app.corsOrigins.some((entry) => matches(entry, origin));
}

/** Reject (403) or decorate (ACAO: *, Vary: Origin) a reply for a request that carried an Origin. */
export function applyCors(app: AppConfig | undefined, origin: string | undefined, handle: () => Reply): Reply {
  if (origin === undefined) return handle();
  if (!originAllowed(app, origin)) return corsRejected(origin);
  const reply = handle();
  return { ...reply, headers: { ...reply.headers, 'access-control-allow-origin': '*', vary: 'Origin' } };
}

/**
 * Preflight: it carries no Authorization header, so the app (and its CORS list) is unknown yet; answer it
 * permissively and let the real request be checked. [inference: Box's preflight answer is not documented]
 */
export function preflight(requestHeaders: string | undefined): Reply {
  return {
    status: 200,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': requestHeaders ?? 'Authorization, Content-Type',
      'access-control-max-age': '86400',
      vary: 'Origin',
    },
    body: '',
  };
}
