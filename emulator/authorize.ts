import { html, redirect, type Ctx, type Reply } from './http.ts';
import { isRecord } from './is-record.ts';
import { h, page, raw } from './html.ts';
import { hexToken } from './ids.ts';
import type { AppConfig } from './types.ts';

// account.box.com/api/oauth2/authorize (openapi `/authorize`; docs oauth2-setup.md "Redirect URI").

const AUTHORIZE_PATH = '/api/oauth2/authorize';

type Params = Record<string, string>;

/**
 * docs: "exact match check… the URIs must be exactly the same"; "Localhost and loopback address redirect URIs
 * will be permitted redirect to any port, but the scheme, domain, path and query parameters must match".
 */
function redirectAllowed(app: AppConfig, uri: string): boolean {
  if (app.redirectUris.includes(uri)) return true;
  let given: URL;
  try {
    given = new URL(uri);
  } catch {
    return false;
  }
  const loopback = (u: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  return loopback(given) && app.redirectUris.some((r) => {
    try {
      const reg = new URL(r);
      return loopback(reg) && reg.protocol === given.protocol && reg.hostname === given.hostname
        && reg.pathname === given.pathname && reg.search === given.search;
    } catch {
      return false;
    }
  });
}

function errorPage(code: string, message: string): Reply {
  const body = h`<div class="login-container"><h1>Box</h1><div class="error-page" data-error="${code}"><h2>Oops! We're sorry, something went wrong.</h2><p class="error-code">Error: ${code}</p><p>${message}</p></div></div>`;
  return html(400, page('Box | Error', body));
}

function withQuery(uri: string, params: Params): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/** Validates client and redirect; either an error page (never a redirect) or the redirect target. */
function resolveClient(ctx: Ctx, p: Params): { app: AppConfig; redirectUri: string } | Reply {
  const app = ctx.state.app(p['client_id']);
  if (!app) return errorPage('invalid_client', 'The client_id is not valid.');
  const uri = p['redirect_uri'];
  if (uri === undefined || uri === '') {
    const only = app.redirectUris.length === 1 ? app.redirectUris[0] : undefined;
    return only ? { app, redirectUri: only } : errorPage('redirect_uri_missing', 'The redirect_uri parameter is required.');
  }
  if (!redirectAllowed(app, uri)) return errorPage('redirect_uri_mismatch', 'The redirect URI does not match a URI configured for this application.');
  return { app, redirectUri: uri };
}

function stateParam(p: Params): Params {
  return p['state'] === undefined ? {} : { state: p['state'] };
}

function requestProblem(p: Params): string | null {
  if (p['response_type'] !== 'code') return 'unsupported_response_type';
  const method = p['code_challenge_method'];
  if (method !== undefined && method !== 'S256' && method !== 'plain') return 'invalid_request';
  return null;
}

function consentPage(ctx: Ctx, app: AppConfig, p: Params): Reply {
  const token = hexToken(16);
  ctx.state.auth.consentTokens.add(token);
  const scopes = (p['scope'] ?? 'root_readwrite sign_requests.readwrite').split(/\s+/).filter((s) => s !== '');
  const keep = ['response_type', 'client_id', 'redirect_uri', 'state', 'scope', 'code_challenge', 'code_challenge_method'];
  const hidden = keep.filter((k) => p[k] !== undefined).map((k) => h`<input type="hidden" name="${k}" value="${p[k]}">`);
  const user = ctx.state.user;
  const body = h`<div class="oauth-consent" data-testid="oauth-consent">
<h1>Box</h1>
<h2 class="app-name">${app.name ?? 'Secure Sign for Box'}</h2>
<p>would like to access your Box account.</p>
<p class="user-info">Logged in as <strong class="user-name">${user.name}</strong> (<span class="user-login">${user.login}</span>)</p>
<ul class="scopes">${scopes.map((s) => h`<li data-scope="${s}">${s}</li>`)}</ul>
<form method="post" action="${AUTHORIZE_PATH}" name="consent_form">
${hidden}<input type="hidden" name="request_token" value="${token}">
<button type="submit" name="consent_accept" value="Grant access to Box" id="consent_accept_button">Grant access to Box</button>
<button type="submit" name="consent_reject" value="Deny access" id="consent_reject_button">Deny access</button>
</form></div>`;
  return html(200, page('Box | Grant Access', body));
}

export function handleAuthorize(ctx: Ctx): Reply {
  if (ctx.path !== AUTHORIZE_PATH) return html(404, page('Box | Page not found', raw('<h1>Page not found</h1>')));
  if (ctx.method === 'GET') return showConsent(ctx, ctx.query);
  if (ctx.method === 'POST') return decide(ctx);
  return html(405, page('Box | Error', raw('<h1>Method not allowed</h1>')));
}

function showConsent(ctx: Ctx, p: Params): Reply {
  const client = resolveClient(ctx, p);
  if ('status' in client) return client;
  const problem = requestProblem(p);
  if (problem) return redirect(withQuery(client.redirectUri, { error: problem, ...stateParam(p) }));
  return consentPage(ctx, client.app, p);
}

function formParams(body: unknown): Params {
  const out: Params = {};
  if (isRecord(body)) for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

function decide(ctx: Ctx): Reply {
  const p = formParams(ctx.body);
  const client = resolveClient(ctx, p);
  if ('status' in client) return client;
  const token = p['request_token'] ?? '';
  if (!ctx.state.auth.consentTokens.delete(token)) return errorPage('invalid_request', 'The request has expired. Please try again.');
  if (p['consent_accept'] === undefined) {
    return redirect(withQuery(client.redirectUri, {
      error: 'access_denied', error_description: 'The user denied access to your application', ...stateParam(p),
    }));
  }
  const problem = requestProblem(p);
  if (problem) return redirect(withQuery(client.redirectUri, { error: problem, ...stateParam(p) }));
  const method = p['code_challenge'] ? (p['code_challenge_method'] === 'plain' ? 'plain' : 'S256') : null;
  const code = ctx.state.auth.issueCode({
    clientId: client.app.clientId,
    userId: ctx.state.user.id,
    redirectUri: p['redirect_uri'] ?? null,
    codeChallenge: p['code_challenge'] || null,
    codeChallengeMethod: method,
  });
  return redirect(withQuery(client.redirectUri, { code: code.value, ...stateParam(p) }));
}
