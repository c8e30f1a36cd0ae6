// Access tokens for the Box client, refreshed at most once at a time.
//
// Box refresh tokens are single-use and rotate [auth.md §2]: two refreshes with the same one
// make the second fail with invalid_grant and log the user out. So every caller shares ONE
// in-flight refresh, and the new pair is persisted before anyone gets the new access token.
// An in-memory promise is enough: only the service worker refreshes (pages ask it by message),
// so there is no second context to coordinate with and the Web Locks API would add nothing.
// If the worker dies mid-refresh the rotated token may be lost; the next refresh then gets
// invalid_grant and the user reconnects, which no lock could prevent.
// The new pair is stored only if the connection is still the one it was refreshed for (see
// connection-guard.ts); otherwise it is revoked at Box, so no fresh 60-day token is left behind.
import { BoxApiError } from '../box/box-error';
import type { TokenProvider } from '../box/request';
import type { ConnectionGuard } from './connection-guard';
import { refreshTokens, revokeAll, type OAuthTransport } from './oauth';
import type { StoredAuth, TokenStore } from './token-store';

/** Refresh this long before expiry; Box advises treating the 60-minute token as ~50 [auth.md §2]. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

type ProviderDeps = { store: TokenStore; transport: OAuthTransport; guard: ConnectionGuard; now(): number };

// One closure on purpose: `inFlight` and the guard's generation are the protocol above, and every step that reads them is here.
export function createTokenProvider({ store, transport, guard, now }: ProviderDeps): TokenProvider {
  let inFlight: { generation: number; token: Promise<string> } | null = null;

  const fresh = (expiresAt: number) => expiresAt - EXPIRY_MARGIN_MS > now();

  function refresh(stale: string | null): Promise<string> {
    // Assigned synchronously, so callers arriving in the same tick share it too. A refresh for
    // a connection that has since changed is not shared: it can only end in not_connected.
    if (inFlight?.generation === guard.generation()) return inFlight.token;
    const token: Promise<string> = runRefresh(stale).finally(() => {
      if (inFlight?.token === token) inFlight = null;
    });
    inFlight = { generation: guard.generation(), token };
    return token;
  }

  /** Forgets the stored tokens, unless the user connected anew since `started`: that connection is not this caller's to forget. */
  const forget = (started: number) => guard.exclusive(async (current) => (current === started ? store.clear() : undefined));

  async function runRefresh(stale: string | null): Promise<string> {
    const started = guard.generation();
    const stored = await store.read();
    if (!stored) throw notConnected();
    if (stored.method === 'developer_token') return developerToken(() => forget(started), now(), stored, stale);
    // Someone else already refreshed since this caller's token was refused: use theirs.
    if (stored.session && stored.session.accessToken !== stale && fresh(stored.session.expiresAt)) return stored.session.accessToken;
    let next;
    try {
      next = await refreshTokens(transport, stored.local);
    } catch (error) {
      // The refresh token is spent or revoked: nothing stored can work any more.
      if (error instanceof BoxApiError && error.code === 'invalid_grant') await forget(started);
      throw error;
    }
    const pair = next;
    const kept = await guard.exclusive(async (current) => {
      if (current !== started) return false;
      const session = { method: 'oauth' as const, accessToken: pair.accessToken, expiresAt: now() + pair.expiresIn * 1000 };
      await store.saveOAuth({ ...stored.local, refreshToken: pair.refreshToken, refreshIssuedAt: now() }, session);
      return true;
    });
    if (kept) return pair.accessToken;
    await revokeAll(transport, stored.local, [pair.refreshToken, pair.accessToken]);
    throw notConnected(); // Disconnected, or connected anew: this caller's connection is gone.
  }

  return {
    async getAccessToken() {
      const started = guard.generation();
      const stored = await store.read();
      if (!stored) throw notConnected();
      if (stored.method === 'developer_token') return developerToken(() => forget(started), now(), stored, null);
      if (stored.session && fresh(stored.session.expiresAt)) return stored.session.accessToken;
      return refresh(stored.session?.accessToken ?? null);
    },
    refresh: (staleToken) => refresh(staleToken),
  };
}

/** Developer tokens cannot be refreshed [auth.md §2]: once refused or expired, they are forgotten. */
async function developerToken(forget: () => Promise<void>, now: number, stored: Extract<StoredAuth, { method: 'developer_token' }>, stale: string | null): Promise<string> {
  const { accessToken, expiresAt } = stored.session;
  if (accessToken !== stale && expiresAt > now) return accessToken;
  await forget();
  throw new BoxApiError({ status: 401, code: 'developer_token_expired', message: 'The developer token has expired', resource: 'oauth' });
}

function notConnected(): BoxApiError {
  return new BoxApiError({ status: 0, code: 'not_connected', message: 'Not connected to Box', resource: 'oauth' });
}
