import {
  cancelSignRequest, createSignRequest, getSignRequest, listSignRequests, resendSignRequest,
} from './api-sign-requests.ts';
import { getFile, getFolder, getMe } from './api-files.ts';
import { getFileClassification } from './api-classification.ts';
import { getSharedItem } from './api-shared-items.ts';
import { getSignTemplate, listSignTemplates } from './api-sign-templates.ts';
import { applyCors, preflight } from './cors.ts';
import { insufficientScope, methodNotAllowed, notFound, unauthorized } from './errors.ts';
import type { Ctx, Reply } from './http.ts';
import { handleRevoke, handleToken } from './oauth.ts';
import type { DemoUser } from './state.ts';
import type { AppConfig } from './types.ts';

// api.box.com: /2.0/* (bearer auth, CORS check) and /oauth2/token, /oauth2/revoke (client credentials).

type Route = { method: string; pattern: RegExp; run: (ctx: Ctx, user: DemoUser, m: RegExpExecArray) => Reply };

const ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/2\.0\/sign_requests\/?$/, run: (c, u) => createSignRequest(c, u) },
  { method: 'GET', pattern: /^\/2\.0\/sign_requests\/?$/, run: (c, u) => listSignRequests(c, u) },
  { method: 'GET', pattern: /^\/2\.0\/sign_requests\/([^/]+)\/?$/, run: (c, u, m) => getSignRequest(c, u, dec(m[1])) },
  { method: 'POST', pattern: /^\/2\.0\/sign_requests\/([^/]+)\/cancel\/?$/, run: (c, u, m) => cancelSignRequest(c, u, dec(m[1])) },
  { method: 'POST', pattern: /^\/2\.0\/sign_requests\/([^/]+)\/resend\/?$/, run: (c, u, m) => resendSignRequest(c, u, dec(m[1])) },
  { method: 'GET', pattern: /^\/2\.0\/sign_templates\/?$/, run: (c, u) => listSignTemplates(c, u) },
  { method: 'GET', pattern: /^\/2\.0\/sign_templates\/([^/]+)\/?$/, run: (c, u, m) => getSignTemplate(c, u, dec(m[1])) },
  { method: 'GET', pattern: /^\/2\.0\/files\/([^/]+)\/?$/, run: (c, u, m) => getFile(c, u, dec(m[1])) },
  { method: 'GET', pattern: /^\/2\.0\/files\/([^/]+)\/metadata\/enterprise\/securityClassification-6VMVochwUWo\/?$/, run: (c, u, m) => getFileClassification(c, u, dec(m[1])) },
  { method: 'GET', pattern: /^\/2\.0\/folders\/([^/]+)\/?$/, run: (c, u, m) => getFolder(c, u, dec(m[1])) },
  { method: 'GET', pattern: /^\/2\.0\/users\/me\/?$/, run: (c, u) => getMe(c, u) },
  { method: 'GET', pattern: /^\/2\.0\/shared_items\/?$/, run: (c, u) => getSharedItem(c, u) },
];

function dec(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}

function route(ctx: Ctx, user: DemoUser): Reply {
  let pathKnown = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(ctx.path);
    if (!m) continue;
    pathKnown = true;
    if (r.method === ctx.method) return r.run(ctx, user, m);
  }
  return pathKnown ? methodNotAllowed() : notFound();
}

function bearer(ctx: Ctx): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.headers['authorization'] ?? '');
  return m?.[1] ?? null;
}

function handleApi(ctx: Ctx): Reply {
  const presented = bearer(ctx);
  const token = presented === null ? undefined : ctx.state.auth.validAccess(presented);
  // Auth comes first: docs cors.md note that a bad Authorization yields an error *without* CORS headers.
  if (!token) return unauthorized(presented !== null);
  const user = ctx.state.userById(token.userId);
  if (!user) return unauthorized(true);
  const app = ctx.state.app(token.clientId);
  return applyCors(app, ctx.headers['origin'], () => missingScope(ctx, app) ?? route(ctx, user));
}

/** Which scope each API area needs [auth.md §5]; the app's configuration decides what its tokens carry. */
function missingScope(ctx: Ctx, app: AppConfig | undefined): Reply | null {
  const needs = ctx.path.startsWith('/2.0/sign_requests') ? 'sign_requests.readwrite' : null;
  if (needs === null || app?.scopes === undefined || app.scopes.includes(needs)) return null;
  return insufficientScope();
}

function handleOAuth(ctx: Ctx, run: (ctx: Ctx) => Reply): Reply {
  const form = (ctx.body ?? {}) as Record<string, unknown>;
  const clientId = typeof form['client_id'] === 'string' ? form['client_id'] : undefined;
  return applyCors(ctx.state.app(clientId), ctx.headers['origin'], () => run(ctx));
}

export function handleApiHost(ctx: Ctx): Reply {
  if (ctx.method === 'OPTIONS') return preflight(ctx.headers['access-control-request-headers']);
  if (ctx.path === '/oauth2/token') return ctx.method === 'POST' ? handleOAuth(ctx, handleToken) : methodNotAllowed();
  if (ctx.path === '/oauth2/revoke') return ctx.method === 'POST' ? handleOAuth(ctx, handleRevoke) : methodNotAllowed();
  if (ctx.path.startsWith('/2.0/')) return handleApi(ctx);
  return notFound();
}
