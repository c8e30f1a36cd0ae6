// Box OAuth 2.0 endpoints [auth.md §1]: the authorize URL, the redirect, and the form POSTs
// to /oauth2/token and /oauth2/revoke. Box requires client_secret on exchange and refresh.
import * as z from 'zod/mini';
import { BoxApiError, boxErrorFromParts } from '../box/box-error';
import { fetchRaw, type FetchFn } from '../box/http';

const AUTHORIZE_URL = 'https://account.box.com/api/oauth2/authorize';
/** Box Verified Enterprise customers sign in through `ent.box.com` instead [auth.md §1]. */
const VERIFIED_ENTERPRISE_AUTHORIZE_URL = 'https://ent.box.com/api/oauth2/authorize';
const TOKEN_URL = 'https://api.box.com/oauth2/token';
const REVOKE_URL = 'https://api.box.com/oauth2/revoke';
/** Minimal scopes: Sign needs read/write on files plus sign_requests.readwrite [auth.md §5]. */
const SCOPES = 'root_readwrite sign_requests.readwrite';

type AuthorizeParams = {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** Set by enterprise policy (`verifiedEnterprise`, see settings.ts `readManagedPolicy`). */
  verifiedEnterprise?: boolean;
};
export type ClientCredentials = { clientId: string; clientSecret: string };
export type OAuthTransport = { fetch: FetchFn; timeoutMs?: number };
export type TokenSet = { accessToken: string; refreshToken: string; expiresIn: number };

export function buildAuthorizeUrl({ clientId, redirectUri, state, codeChallenge, verifiedEnterprise = false }: AuthorizeParams): string {
  // Built by hand so spaces in `scope` are %20, not URLSearchParams' '+'.
  const params: [string, string][] = [
    ['response_type', 'code'],
    ['client_id', clientId],
    ['redirect_uri', redirectUri],
    ['state', state],
    ['scope', SCOPES],
    ['code_challenge', codeChallenge],
    // Box's CLI omits the method; sending S256 explicitly avoids a plain-method fallback [auth.md §3.4].
    ['code_challenge_method', 'S256'],
  ];
  const endpoint = verifiedEnterprise ? VERIFIED_ENTERPRISE_AUTHORIZE_URL : AUTHORIZE_URL;
  return `${endpoint}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Reads the code from the redirect Box sent back. The state must match exactly (CSRF). */
export function parseRedirect(url: string, expectedState: string): string {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    throw oauthError('invalid_redirect', 'The sign-in redirect was not a URL');
  }
  if (!expectedState || params.get('state') !== expectedState) {
    throw oauthError('state_mismatch', 'Not the sign-in we started');
  }
  const error = params.get('error');
  if (error) throw oauthError(error, params.get('error_description') ?? '');
  const code = params.get('code');
  if (!code) throw oauthError('invalid_redirect', 'Box sent no authorization code');
  return code;
}

const TokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
  refresh_token: z.string().check(z.minLength(1)),
});

type ExchangeParams = ClientCredentials & { code: string; codeVerifier: string; redirectUri: string };

export function exchangeCode(transport: OAuthTransport, p: ExchangeParams): Promise<TokenSet> {
  return postToken(transport, {
    grant_type: 'authorization_code',
    code: p.code,
    code_verifier: p.codeVerifier,
    redirect_uri: p.redirectUri,
    client_id: p.clientId,
    client_secret: p.clientSecret,
  });
}

/** Box refresh tokens are single-use: the answer carries the next one [auth.md §2]. */
export function refreshTokens(transport: OAuthTransport, p: ClientCredentials & { refreshToken: string }): Promise<TokenSet> {
  return postToken(transport, {
    grant_type: 'refresh_token',
    refresh_token: p.refreshToken,
    client_id: p.clientId,
    client_secret: p.clientSecret,
  });
}

/** Revokes an access or a refresh token; Box answers 200 with an empty body. */
export async function revokeToken(transport: OAuthTransport, p: ClientCredentials & { token: string }): Promise<void> {
  const raw = await postForm(transport, REVOKE_URL, { client_id: p.clientId, client_secret: p.clientSecret, token: p.token });
  if (raw.status < 200 || raw.status >= 300) throw boxErrorFromParts(raw, 'oauth');
}

/** Revokes each token best-effort: a revoke that fails must not stop the caller forgetting them. */
export async function revokeAll(transport: OAuthTransport, credentials: ClientCredentials, tokens: readonly string[]): Promise<void> {
  const { clientId, clientSecret } = credentials;
  await Promise.allSettled(tokens.map((token) => revokeToken(transport, { clientId, clientSecret, token })));
}

async function postToken(transport: OAuthTransport, fields: Record<string, string>): Promise<TokenSet> {
  const raw = await postForm(transport, TOKEN_URL, fields);
  if (raw.status < 200 || raw.status >= 300) throw boxErrorFromParts(raw, 'oauth');
  const parsed = TokenResponseSchema.safeParse(safeJson(raw.text));
  if (!parsed.success) {
    throw new BoxApiError({ status: raw.status, code: 'malformed_response', message: 'Malformed token response', resource: 'oauth' });
  }
  const { access_token, refresh_token, expires_in } = parsed.data;
  return { accessToken: access_token, refreshToken: refresh_token, expiresIn: expires_in };
}

function postForm(transport: OAuthTransport, url: string, fields: Record<string, string>) {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(fields).toString(),
  };
  return fetchRaw(transport.fetch, url, init, transport.timeoutMs ?? 30_000, 'oauth');
}

function oauthError(code: string, message: string): BoxApiError {
  return new BoxApiError({ status: 0, code, message, resource: 'oauth' });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
