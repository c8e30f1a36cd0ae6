import type { AuthCode } from './auth-store.ts';
import { oauthError } from './errors.ts';
import { empty, json, type Ctx, type Reply } from './http.ts';
import { isRecord } from './is-record.ts';
import { sha256Base64Url } from './ids.ts';
import type { AppConfig } from './types.ts';

// POST https://api.box.com/oauth2/token and /oauth2/revoke (openapi PostOAuth2Token,
// PostOAuth2Token--RefreshAccessToken, PostOAuth2Revoke; messages from docs common-errors.md).

type Form = Record<string, string>;

/** Only a form body counts: Box reads `application/x-www-form-urlencoded` fields. */
function formOf(ctx: Ctx): Form {
  const type = (ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' || !isRecord(ctx.body)) return {};
  const out: Form = {};
  for (const [k, v] of Object.entries(ctx.body)) if (typeof v === 'string') out[k] = v;
  return out;
}

function clientOf(ctx: Ctx, form: Form): AppConfig | undefined {
  const app = ctx.state.app(form['client_id']);
  return app && form['client_secret'] === app.clientSecret ? app : undefined;
}

const invalidClient = (): Reply => oauthError('invalid_client', 'The client credentials are invalid');

function tokenResponse(ctx: Ctx, clientId: string, userId: string): Reply {
  const { access, refresh } = ctx.state.auth.issuePair(clientId, userId);
  return json(200, {
    access_token: access.value,
    expires_in: 3600,
    restricted_to: [],
    refresh_token: refresh.value,
    token_type: 'bearer',
    issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
  }, { 'cache-control': 'no-store' });
}

/** RFC 7636 §4.6; Box's CLI sends code_challenge without a method, which Box treats as S256. */
function pkceFails(code: AuthCode, verifier: string | undefined): string | null {
  if (code.codeChallenge === null) return null;
  if (!verifier) return 'Missing code_verifier';
  const derived = code.codeChallengeMethod === 'plain' ? verifier : sha256Base64Url(verifier);
  return derived === code.codeChallenge ? null : 'Invalid code_verifier';
}

function exchangeCode(ctx: Ctx, form: Form, app: AppConfig): Reply {
  const code = ctx.state.auth.codes.get(form['code'] ?? '');
  if (!code || code.used || code.clientId !== app.clientId) {
    return oauthError('invalid_grant', "Auth code doesn't exist or is invalid for the client");
  }
  // docs expiration.md: "Authorization codes are valid for 30 seconds".
  if (code.expiresAt <= ctx.state.now()) return oauthError('invalid_grant', 'The authorization code has expired');
  // RFC 6749 §4.1.3: when sent, redirect_uri must be identical to the one sent to /authorize
  // (Box's own samples omit it on the exchange, so omission is accepted).
  const sent = form['redirect_uri'];
  if (sent !== undefined && code.redirectUri !== null && sent !== code.redirectUri) {
    return oauthError('invalid_grant', 'The redirect_uri does not match the one used for authorization');
  }
  const pkce = pkceFails(code, form['code_verifier']);
  if (pkce) return oauthError('invalid_grant', pkce);
  code.used = true;
  return tokenResponse(ctx, app.clientId, code.userId);
}

/** docs tokens/refresh.md: a refresh token works once and is rotated; 60 days of life. */
function refreshGrant(ctx: Ctx, form: Form, app: AppConfig): Reply {
  const value = form['refresh_token'];
  if (!value) return oauthError('invalid_request', 'Missing refresh_token parameter');
  const rt = ctx.state.auth.refresh.get(value);
  if (!rt || rt.used || rt.revoked || rt.clientId !== app.clientId) return oauthError('invalid_grant', 'Invalid refresh token');
  if (rt.expiresAt <= ctx.state.now()) return oauthError('invalid_grant', 'Refresh token has expired');
  rt.used = true;
  return tokenResponse(ctx, app.clientId, rt.userId);
}

export function handleToken(ctx: Ctx): Reply {
  const form = formOf(ctx);
  const grant = form['grant_type'];
  if (grant !== 'authorization_code' && grant !== 'refresh_token') {
    return oauthError('invalid_request', 'Invalid grant_type parameter or parameter missing');
  }
  const app = clientOf(ctx, form);
  if (!app) return invalidClient();
  return grant === 'authorization_code' ? exchangeCode(ctx, form, app) : refreshGrant(ctx, form, app);
}

export function handleRevoke(ctx: Ctx): Reply {
  const form = formOf(ctx);
  const app = clientOf(ctx, form);
  if (!app) return invalidClient();
  if (form['token']) ctx.state.auth.revoke(form['token'], app.clientId);
  return empty(200);
}
