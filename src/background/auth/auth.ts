// Connecting to Box (OAuth 2.0 with PKCE, or a pasted developer token), disconnecting, and
// the access tokens the Box client uses. Browser APIs come in as parameters.
import type { AuthState, BoxUser } from '../../shared/messages';
import type { StorageArea } from '../../shared/storage-area';
import { BoxApiError } from '../box/box-error';
import type { FetchFn } from '../box/http';
import type { TokenProvider } from '../box/request';
import { createConnectionGuard } from './connection-guard';
import { buildAuthorizeUrl, exchangeCode, parseRedirect, revokeAll, type ClientCredentials, type OAuthTransport, type TokenSet } from './oauth';
import { createPkce, type CryptoLike } from './pkce';
import { createTokenProvider } from './token-provider';
import { createTokenStore, type AuthMethod, type StoredAuth, type TokenStore } from './token-store';

/** Developer tokens live 60 minutes and cannot be refreshed [auth.md §2]. */
const DEVELOPER_TOKEN_LIFETIME_MS = 60 * 60_000;
/** A refresh token lasts 60 days; each refresh issues a new one [auth.md §2]. */
const REFRESH_TOKEN_LIFETIME_MS = 60 * 24 * 60 * 60_000;

export type AuthDeps = {
  session: StorageArea;
  local: StorageArea;
  fetch: FetchFn;
  launchWebAuthFlow(url: string, interactive: boolean): Promise<string>;
  redirectUri: string;
  now(): number;
  /** Checks a pasted developer token before it is saved (e.g. GET /users/me with fixedTokenProvider). */
  getMe?: (accessToken: string) => Promise<BoxUser>;
  timeoutMs?: number;
  crypto?: CryptoLike;
  /** Box Verified Enterprises sign in at ent.box.com (set by enterprise policy). */
  verifiedEnterprise?: () => Promise<boolean>;
  /** Called once the tokens are forgotten: on disconnect, and when Box ended the session (refresh refused, developer token expired). */
  onCleared?: () => Promise<void>;
};

/** `refreshExpiresAt`: when Box ends an OAuth connection unless it is renewed before (null: not known). */
export type AuthStatus = { connected: false } | { connected: true; method: AuthMethod; expiresAt: number | null; refreshExpiresAt?: number | null };

export type Auth = {
  tokenProvider: TokenProvider;
  connectOAuth(clientId: string, clientSecret: string): Promise<AuthStatus>;
  connectDeveloperToken(token: string): Promise<AuthStatus>;
  disconnect(): Promise<AuthStatus>;
  state(): Promise<AuthStatus>;
};

export function createAuth(deps: AuthDeps): Auth {
  const store = tellingCleared(createTokenStore(deps), deps.onCleared);
  const transport: OAuthTransport = { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? 30_000 };
  const guard = createConnectionGuard();
  const tokenProvider = createTokenProvider({ store, transport, guard, now: deps.now });

  async function state(): Promise<AuthStatus> {
    return statusOf(await store.read(), deps.now());
  }

  /**
   * Stores a new connection in place of the current one, unless the connection changed since
   * `started` (the user disconnected or connected again while this one was signing in): then
   * nothing is stored. The replaced OAuth tokens are revoked, so none is left live at Box.
   */
  async function replaceConnection(started: number, save: () => Promise<void>): Promise<boolean> {
    const replaced = await guard.exclusive(async (current) => {
      if (current !== started) return undefined;
      guard.changed();
      const previous = await store.read();
      await save();
      return [previous] as const;
    });
    if (!replaced) return false;
    await revokeStored(transport, replaced[0]);
    return true;
  }

  async function connectOAuth(clientId: string, clientSecret: string): Promise<AuthStatus> {
    const started = guard.generation();
    const credentials = { clientId, clientSecret };
    const tokens = await signIn(deps, transport, credentials);
    const saved = await replaceConnection(started, () =>
      store.saveOAuth(
        { method: 'oauth', ...credentials, refreshToken: tokens.refreshToken, refreshIssuedAt: deps.now() },
        { method: 'oauth', accessToken: tokens.accessToken, expiresAt: deps.now() + tokens.expiresIn * 1000 },
      ),
    );
    if (!saved) {
      await revokeAll(transport, credentials, [tokens.refreshToken, tokens.accessToken]);
      throw connectionChanged();
    }
    return state();
  }

  async function connectDeveloperToken(raw: string): Promise<AuthStatus> {
    const started = guard.generation();
    const token = raw.trim();
    if (deps.getMe) await checkDeveloperToken(deps.getMe, token);
    // Box does not say when a developer token was generated; from now is the best we know, and
    // a 401 earlier than that is handled as "expired" by the token provider.
    const session = { method: 'developer_token' as const, accessToken: token, expiresAt: deps.now() + DEVELOPER_TOKEN_LIFETIME_MS };
    if (!(await replaceConnection(started, () => store.saveDeveloperToken(session)))) throw connectionChanged();
    return state();
  }

  /**
   * Forgets the tokens first, then revokes them at Box best-effort: a revoke that fails or
   * hangs (or a worker that stops meanwhile) must not leave the user connected. A refresh or
   * sign-in still under way sees the change and revokes what it gets (connection-guard.ts).
   */
  async function disconnect(): Promise<AuthStatus> {
    const stored = await guard.exclusive(async () => {
      guard.changed();
      const current = await store.read();
      await store.clear();
      return current;
    });
    await revokeStored(transport, stored);
    return { connected: false };
  }

  return { tokenProvider, connectOAuth, connectDeveloperToken, disconnect, state };
}

/** The protocol's AuthState; the background adds the user from getMe(). */
export function toAuthState(status: AuthStatus, user: BoxUser | null = null): AuthState {
  return status.connected ? { ...status, user } : { connected: false };
}

/** The token store, calling `onCleared` once the tokens are forgotten, whoever forgot them. */
function tellingCleared(tokens: TokenStore, onCleared: (() => Promise<void>) | undefined): TokenStore {
  return {
    ...tokens,
    async clear() {
      await tokens.clear();
      await onCleared?.();
    },
  };
}

/** Box's sign-in window (OAuth 2.0 with PKCE), then the code it sent back exchanged for tokens. */
async function signIn(deps: AuthDeps, transport: OAuthTransport, credentials: ClientCredentials): Promise<TokenSet> {
  const pkce = await createPkce(deps.crypto);
  const verifiedEnterprise = (await deps.verifiedEnterprise?.()) ?? false;
  const url = buildAuthorizeUrl({ clientId: credentials.clientId, redirectUri: deps.redirectUri, state: pkce.state, codeChallenge: pkce.challenge, verifiedEnterprise });
  const redirect = await deps.launchWebAuthFlow(url, true).catch((cause: unknown) => {
    throw new BoxApiError({ status: 0, code: 'auth_flow_failed', message: 'The sign-in window did not finish', resource: 'oauth', cause });
  });
  const code = parseRedirect(redirect, pkce.state);
  // The code is valid for 30 seconds [auth.md §2]: exchange it at once, nothing in between.
  return exchangeCode(transport, { ...credentials, code, codeVerifier: pkce.verifier, redirectUri: deps.redirectUri });
}

function statusOf(stored: StoredAuth | null, now: number): AuthStatus {
  if (!stored) return { connected: false };
  if (stored.method === 'oauth') {
    // The access token renews itself; the refresh token lapses if unused for 60 days.
    const issuedAt = stored.local.refreshIssuedAt;
    return { connected: true, method: 'oauth', expiresAt: null, refreshExpiresAt: issuedAt === undefined ? null : issuedAt + REFRESH_TOKEN_LIFETIME_MS };
  }
  if (stored.session.expiresAt <= now) return { connected: false };
  return { connected: true, method: 'developer_token', expiresAt: stored.session.expiresAt };
}

async function checkDeveloperToken(getMe: (token: string) => Promise<BoxUser>, token: string): Promise<void> {
  try {
    await getMe(token);
  } catch (error) {
    if (error instanceof BoxApiError && error.status === 401) {
      throw new BoxApiError({ status: 401, code: 'invalid_developer_token', message: 'Box did not accept the token', requestId: error.requestId, resource: 'oauth' });
    }
    throw error;
  }
}

/** Developer tokens cannot be revoked without client credentials; they lapse within the hour. */
async function revokeStored(transport: OAuthTransport, stored: StoredAuth | null): Promise<void> {
  if (stored?.method !== 'oauth') return;
  await revokeAll(transport, stored.local, [stored.local.refreshToken, ...(stored.session ? [stored.session.accessToken] : [])]);
}

function connectionChanged(): BoxApiError {
  return new BoxApiError({ status: 0, code: 'connection_changed', message: 'Connection changed', resource: 'oauth' });
}
