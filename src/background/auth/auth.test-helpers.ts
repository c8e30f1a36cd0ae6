// A fake Box authorization server for tests: codes bound to a PKCE challenge, single-use
// rotating refresh tokens, revocation. Only *.test.ts files import this.
import { fakeFetch, json, type Call } from '../box/box.test-helpers';
import { challengeS256 } from './pkce';

export const CLIENT = { clientId: 'client-id-1', clientSecret: 'client-secret-1' };
export const REDIRECT_URI = 'https://abcdefghijklmnop.chromiumapp.org/';

type Grant = { challenge: string; redirectUri: string };

export function fakeAuthServer() {
  let serial = 0;
  const codes = new Map<string, Grant>();
  const liveRefreshTokens = new Set<string>();
  const usedRefreshTokens: string[] = [];
  const revoked: string[] = [];
  const behaviour = { networkDown: false, revokeFails: false, refreshGate: null as Promise<void> | null, nextRedirect: null as ((url: URL) => string) | null };

  const issue = () => {
    serial++;
    const refreshToken = `rt-${serial}`;
    liveRefreshTokens.add(refreshToken);
    return json(200, { access_token: `at-${serial}`, expires_in: 3600, token_type: 'bearer', refresh_token: refreshToken, restricted_to: [] });
  };
  const oauthError = (error: string, description = '') => json(400, { error, error_description: description });
  const clientOk = (form: URLSearchParams) => form.get('client_id') === CLIENT.clientId && form.get('client_secret') === CLIENT.clientSecret;

  async function token(form: URLSearchParams): Promise<Response> {
    if (!clientOk(form)) return oauthError('invalid_client', 'The client credentials are invalid');
    if (form.get('grant_type') === 'authorization_code') return exchange(form);
    if (form.get('grant_type') !== 'refresh_token') return oauthError('unsupported_grant_type');
    const refreshToken = form.get('refresh_token') ?? '';
    usedRefreshTokens.push(refreshToken);
    if (behaviour.refreshGate) await behaviour.refreshGate;
    // Single use: the first refresh spends it, any later one is invalid_grant.
    if (!liveRefreshTokens.delete(refreshToken)) return oauthError('invalid_grant', 'Invalid refresh token');
    return issue();
  }

  async function exchange(form: URLSearchParams): Promise<Response> {
    const grant = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    if (!grant || grant.redirectUri !== form.get('redirect_uri')) return oauthError('invalid_grant', 'Auth code doesn\'t exist or is invalid');
    if ((await challengeS256(form.get('code_verifier') ?? '')) !== grant.challenge) return oauthError('invalid_grant', 'PKCE verification failed');
    return issue();
  }

  const http = fakeFetch(async (call: Call) => {
    if (behaviour.networkDown) throw new TypeError('Failed to fetch');
    const form = new URLSearchParams(call.body ?? '');
    if (call.url.href === 'https://api.box.com/oauth2/token') return token(form);
    if (call.url.href === 'https://api.box.com/oauth2/revoke') {
      if (behaviour.revokeFails) throw new TypeError('Failed to fetch');
      revoked.push(form.get('token') ?? '');
      return new Response('', { status: 200 });
    }
    throw new Error(`unexpected ${call.method} ${call.url.href}`);
  });

  /** Plays the user approving access in Box's window. */
  async function launchWebAuthFlow(url: string, interactive: boolean): Promise<string> {
    const authorize = new URL(url);
    if (!interactive) throw new Error('User interaction required.');
    if (behaviour.nextRedirect) return behaviour.nextRedirect(authorize);
    const code = `code-${++serial}`;
    const p = authorize.searchParams;
    codes.set(code, { challenge: p.get('code_challenge') ?? '', redirectUri: p.get('redirect_uri') ?? '' });
    return `${p.get('redirect_uri')}?code=${code}&state=${encodeURIComponent(p.get('state') ?? '')}`;
  }

  const tokenCalls = () => http.calls.filter((c) => c.url.pathname === '/oauth2/token');
  const refreshCalls = () => tokenCalls().filter((c) => new URLSearchParams(c.body ?? '').get('grant_type') === 'refresh_token');

  /** Starts a connection as if the user had authorized earlier: returns its refresh token. */
  function seedRefreshToken(): string {
    const refreshToken = `rt-seed-${++serial}`;
    liveRefreshTokens.add(refreshToken);
    return refreshToken;
  }

  return { fetch: http.fetch, calls: http.calls, launchWebAuthFlow, behaviour, revoked, usedRefreshTokens, refreshCalls, tokenCalls, seedRefreshToken };
}
