// Access tokens for the Box client, refreshed at most once at a time.
//
// Box refresh tokens are single-use and rotate [auth.md §2]: two refreshes with the same one
// make the second fail with invalid_grant and log the user out. So every caller shares ONE
// in-flight refresh, and the new pair is persisted before anyone gets the new access token.
// An in-memory promise is enough: only the service worker refreshes (pages ask it by message),
// so there is no second context to coordinate with and the Web Locks API would add nothing.
// If the worker dies mid-refresh the rotated token may be lost; the next refresh then gets
// invalid_grant and the user reconnects, which no lock could prevent.
import { BoxApiError } from '../box/box-error';
import type { TokenProvider } from '../box/request';
import { refreshTokens, type OAuthTransport } from './oauth';
import type { StoredAuth, TokenStore } from './token-store';

/** Refresh this long before expiry; Box advises treating the 60-minute token as ~50 [auth.md §2]. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

type ProviderDeps = { store: TokenStore; transport: OAuthTransport; now(): number };

export type ManagedTokenProvider = TokenProvider & {
  /** Connect and disconnect call this so a refresh already under way cannot write back old credentials. */
  invalidate(): void;
};

// One closure on purpose: `inFlight` and `epoch` are the protocol above, and every step that reads them is here.
export function createTokenProvider({ store, transport, now }: ProviderDeps): ManagedTokenProvider {
  let inFlight: Promise<string> | null = null;
  let epoch = 0;

  const fresh = (expiresAt: number) => expiresAt - EXPIRY_MARGIN_MS > now();

  function refresh(stale: string | null): Promise<string> {
    // Assigned synchronously, so callers arriving in the same tick share it too.
    if (inFlight) return inFlight;
    const current: Promise<string> = runRefresh(stale).finally(() => {
      if (inFlight === current) inFlight = null; // invalidate() may have replaced it.
    });
    inFlight = current;
    return current;
  }

  async function runRefresh(stale: string | null): Promise<string> {
    const started = epoch;
    const stored = await store.read();
    if (!stored) throw notConnected();
    if (stored.method === 'developer_token') return developerToken(store, now(), stored, stale);
    // Someone else already refreshed since this caller's token was refused: use theirs.
    if (stored.session && stored.session.accessToken !== stale && fresh(stored.session.expiresAt)) return stored.session.accessToken;
    let next;
    try {
      next = await refreshTokens(transport, stored.local);
    } catch (error) {
      // The refresh token is spent or revoked: nothing stored can work any more.
      if (error instanceof BoxApiError && error.code === 'invalid_grant' && started === epoch) await store.clear();
      throw error;
    }
    if (started !== epoch) throw notConnected('The Box connection changed while the session was being renewed.');
    const session = { method: 'oauth' as const, accessToken: next.accessToken, expiresAt: now() + next.expiresIn * 1000 };
    await store.saveOAuth({ ...stored.local, refreshToken: next.refreshToken }, session);
    return next.accessToken;
  }

  return {
    async getAccessToken() {
      const stored = await store.read();
      if (!stored) throw notConnected();
      if (stored.method === 'developer_token') return developerToken(store, now(), stored, null);
      if (stored.session && fresh(stored.session.expiresAt)) return stored.session.accessToken;
      return refresh(stored.session?.accessToken ?? null);
    },
    refresh: (staleToken) => refresh(staleToken),
    invalidate() {
      epoch++;
      inFlight = null;
    },
  };
}

/** Developer tokens cannot be refreshed [auth.md §2]: once refused or expired, they are forgotten. */
async function developerToken(store: TokenStore, now: number, stored: Extract<StoredAuth, { method: 'developer_token' }>, stale: string | null): Promise<string> {
  const { accessToken, expiresAt } = stored.session;
  if (accessToken !== stale && expiresAt > now) return accessToken;
  await store.clear();
  throw new BoxApiError({ status: 401, code: 'developer_token_expired', message: 'The developer token has expired', resource: 'oauth' });
}

function notConnected(message = 'Not connected to Box'): BoxApiError {
  return new BoxApiError({ status: 0, code: 'not_connected', message, resource: 'oauth' });
}
