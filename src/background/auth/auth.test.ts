import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { toUserError } from '../box/box-error';
import { inWords } from '../../platform/box-words';
import { createBoxClient } from '../box/client';
import { fakeFetch, fakeSleep, json } from '../box/box.test-helpers';
import { createAuth, toAuthState, type AuthDeps } from './auth';
import { fixedTokenProvider } from './fixed-token';
import { CLIENT, REDIRECT_URI, fakeAuthServer } from './auth.test-helpers';
import { LOCAL_KEY, SESSION_KEY, createTokenStore } from './token-store';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** A memoryArea whose writes land a little later, like real storage. */
function slowArea() {
  const area = memoryArea();
  return { ...area, set: async (items: Record<string, unknown>) => { await new Promise((r) => setTimeout(r, 2)); await area.set(items); } };
}

function setup(extra: Partial<AuthDeps> = {}) {
  const clock = { now: 1_700_000_000_000 };
  const server = fakeAuthServer();
  const session = slowArea();
  const local = slowArea();
  const auth = createAuth({
    session,
    local,
    fetch: server.fetch,
    launchWebAuthFlow: server.launchWebAuthFlow,
    redirectUri: REDIRECT_URI,
    now: () => clock.now,
    ...extra,
  });
  /** As if the user had connected earlier and the access token has since expired. */
  async function seedExpired(): Promise<string> {
    const refreshToken = server.seedRefreshToken();
    await createTokenStore({ session, local }).saveOAuth(
      { method: 'oauth', ...CLIENT, refreshToken },
      { method: 'oauth', accessToken: 'at-old', expiresAt: clock.now - 1 },
    );
    return refreshToken;
  }
  const storedRefreshToken = () => (local.dump()[LOCAL_KEY] as { refreshToken?: string } | undefined)?.refreshToken;
  return { auth, server, clock, session, local, seedExpired, storedRefreshToken };
}

describe('connectOAuth', () => {
  it('authorizes with PKCE and state, exchanges the code and stores the pair', async () => {
    const { auth, server, session, local } = setup();
    expect(await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret)).toEqual({ connected: true, method: 'oauth', expiresAt: null, refreshExpiresAt: 1_700_000_000_000 + 60 * DAY });
    expect(server.tokenCalls()).toHaveLength(1); // The fake server checked the verifier against the challenge.
    expect(local.dump()[LOCAL_KEY]).toEqual({ method: 'oauth', ...CLIENT, refreshToken: 'rt-2', refreshIssuedAt: 1_700_000_000_000 });
    expect(session.dump()[SESSION_KEY]).toMatchObject({ method: 'oauth', accessToken: 'at-2' });
    expect(await auth.tokenProvider.getAccessToken()).toBe('at-2');
  });

  it('rejects an answer with the wrong state and stores nothing', async () => {
    const { auth, server, local, session } = setup();
    server.behaviour.nextRedirect = () => `${REDIRECT_URI}?code=stolen&state=forged`;
    await expect(auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret)).rejects.toMatchObject({ code: 'state_mismatch' });
    expect(server.tokenCalls()).toHaveLength(0);
    expect({ ...local.dump(), ...session.dump() }).toEqual({});
  });

  it('says the user declined access', async () => {
    const { auth, server } = setup();
    server.behaviour.nextRedirect = (url) => `${REDIRECT_URI}?error=access_denied&error_description=denied&state=${url.searchParams.get('state')}`;
    const error = await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret).catch((e: unknown) => e);
    expect(inWords(toUserError(error)).message).toBe('You declined access to Box, so the extension is not connected.');
  });

  it('reports a sign-in window that failed or was closed', async () => {
    const { auth } = setup({ launchWebAuthFlow: async () => Promise.reject(new Error('The user did not approve access.')) });
    await expect(auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret)).rejects.toMatchObject({ code: 'auth_flow_failed' });
  });

  it('signs a Box Verified Enterprise in at ent.box.com when the policy says so', async () => {
    const seen: string[] = [];
    const { auth } = setup({ verifiedEnterprise: async () => true, launchWebAuthFlow: async (url) => (seen.push(url), Promise.reject(new Error('closed'))) });
    await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret).catch(() => undefined);
    expect(new URL(seen[0]!).host).toBe('ent.box.com');
  });

  it('reports a wrong client secret', async () => {
    const { auth, local } = setup();
    await expect(auth.connectOAuth(CLIENT.clientId, 'wrong')).rejects.toMatchObject({ code: 'invalid_client' });
    expect(local.dump()).toEqual({});
  });
});

describe('token refresh', () => {
  it('gives ten concurrent callers one refresh, persisted before any of them gets the token', async () => {
    const { auth, server, local, seedExpired, storedRefreshToken } = setup();
    const seeded = await seedExpired();
    let release!: () => void;
    server.behaviour.refreshGate = new Promise((resolve) => (release = resolve));
    const seenAtResolve: (string | undefined)[] = [];
    const callers = Array.from({ length: 10 }, () =>
      auth.tokenProvider.getAccessToken().then((token) => {
        seenAtResolve.push(storedRefreshToken());
        return token;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5)); // Let all ten pile up on the held refresh.
    release();
    const tokens = await Promise.all(callers);
    expect(server.refreshCalls()).toHaveLength(1);
    expect(server.usedRefreshTokens).toEqual([seeded]);
    expect(new Set(tokens)).toEqual(new Set([tokens[0]]));
    expect(tokens[0]).not.toBe('at-old');
    const rotated = (local.dump()[LOCAL_KEY] as { refreshToken: string }).refreshToken;
    expect(rotated).not.toBe(seeded);
    expect(seenAtResolve).toEqual(Array(10).fill(rotated));
  });

  it('never refreshes again with a rotated-away token', async () => {
    const { auth, server, clock, seedExpired } = setup();
    await seedExpired();
    const first = await auth.tokenProvider.getAccessToken();
    // A caller whose request failed with the old token asks for a refresh afterwards.
    expect(await auth.tokenProvider.refresh('at-old')).toBe(first);
    expect(server.refreshCalls()).toHaveLength(1);
    // The next expiry refreshes with the new refresh token, never the spent one.
    clock.now += HOUR;
    await auth.tokenProvider.getAccessToken();
    expect(server.refreshCalls()).toHaveLength(2);
    expect(new Set(server.usedRefreshTokens).size).toBe(server.usedRefreshTokens.length);
  });

  it('refreshes five minutes before expiry, not after a failure', async () => {
    const { auth, server, clock } = setup();
    await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    clock.now += 54 * 60_000;
    expect(await auth.tokenProvider.getAccessToken()).toBe('at-2');
    clock.now += 2 * 60_000;
    expect(await auth.tokenProvider.getAccessToken()).not.toBe('at-2');
    expect(server.refreshCalls()).toHaveLength(1);
  });

  it('shares one refresh among ten 401s from the API client', async () => {
    const { auth, server, seedExpired } = setup();
    await seedExpired();
    const current = await auth.tokenProvider.getAccessToken();
    // Box revoked that token early: every call gets a 401 with it.
    const api = fakeFetch((call) =>
      call.headers.get('authorization') === `Bearer ${current}`
        ? new Response('', { status: 401 })
        : json(200, { id: '1', name: 'Ana', login: 'ana@example.com' }),
    );
    const client = createBoxClient({ fetch: api.fetch, tokens: auth.tokenProvider, sleep: fakeSleep().sleep });
    await Promise.all(Array.from({ length: 10 }, () => client.getMe()));
    expect(server.refreshCalls()).toHaveLength(2); // One to get `current`, one for all ten 401s.
    expect(api.calls).toHaveLength(20);
  });

  it('clears the tokens on invalid_grant and says the session ended', async () => {
    const { auth, session, local } = setup();
    // A refresh token Box no longer knows (spent, revoked, or older than 60 days).
    await createTokenStore({ session, local }).saveOAuth(
      { method: 'oauth', ...CLIENT, refreshToken: 'rt-revoked' },
      { method: 'oauth', accessToken: 'at-old', expiresAt: 0 },
    );
    const error = await auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_grant' });
    expect(inWords(toUserError(error)).message).toBe('Your Box session has ended. Reconnect on the options page.');
    expect({ ...session.dump(), ...local.dump() }).toEqual({});
    expect(await auth.state()).toEqual({ connected: false });
  });

  it('says when it has forgotten the tokens, so the popup stops counting on the connection', async () => {
    let cleared = 0;
    const { auth, session, local } = setup({ onCleared: async () => void (cleared += 1) });
    await createTokenStore({ session, local }).saveOAuth(
      { method: 'oauth', ...CLIENT, refreshToken: 'rt-revoked' },
      { method: 'oauth', accessToken: 'at-old', expiresAt: 0 },
    );
    await auth.tokenProvider.getAccessToken().catch(() => undefined);
    expect(cleared).toBe(1);
    await auth.disconnect();
    expect(cleared).toBe(2);
  });

  it('keeps the tokens when the refresh fails for a network reason, and tries again next time', async () => {
    const { auth, server, seedExpired, storedRefreshToken } = setup();
    const seeded = await seedExpired();
    server.behaviour.networkDown = true;
    await expect(auth.tokenProvider.getAccessToken()).rejects.toMatchObject({ code: 'network_error' });
    expect(storedRefreshToken()).toBe(seeded);
    server.behaviour.networkDown = false;
    expect(await auth.tokenProvider.getAccessToken()).toMatch(/^at-/);
    expect(server.usedRefreshTokens).toEqual([seeded]);
  });

  it('does not write back a refresh that finishes after disconnect', async () => {
    const { auth, server, session, local, seedExpired } = setup();
    await seedExpired();
    let release!: () => void;
    server.behaviour.refreshGate = new Promise((resolve) => (release = resolve));
    const pending = auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await auth.disconnect();
    release();
    expect(await pending).toMatchObject({ code: 'not_connected' });
    expect({ ...session.dump(), ...local.dump() }).toEqual({});
  });

  it('says so when not connected', async () => {
    const { auth } = setup();
    await expect(auth.tokenProvider.getAccessToken()).rejects.toMatchObject({ code: 'not_connected' });
  });
});

describe("the refresh token's 60 days", () => {
  it('count from when Box issued it, and start again at each refresh (rotation)', async () => {
    const { auth, clock } = setup();
    const connectedAt = clock.now;
    expect(await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret)).toMatchObject({ refreshExpiresAt: connectedAt + 60 * DAY });
    clock.now += 50 * DAY; // The access token is long stale: the next call refreshes.
    await auth.tokenProvider.getAccessToken();
    expect(await auth.state()).toMatchObject({ connected: true, refreshExpiresAt: clock.now + 60 * DAY });
  });

  it('are unknown for a connection stored before the issue time was kept', async () => {
    const { auth, session, local } = setup();
    await local.set({ [LOCAL_KEY]: { method: 'oauth', ...CLIENT, refreshToken: 'rt-old' } });
    await session.set({});
    expect(await auth.state()).toEqual({ connected: true, method: 'oauth', expiresAt: null, refreshExpiresAt: null });
  });
});

describe('developer token', () => {
  it('lasts 60 minutes and then asks for a new one, without calling the token endpoint', async () => {
    const { auth, server, clock } = setup();
    expect(await auth.connectDeveloperToken('  dev-token-1 ')).toEqual({ connected: true, method: 'developer_token', expiresAt: clock.now + HOUR });
    expect(await auth.tokenProvider.getAccessToken()).toBe('dev-token-1');
    clock.now += HOUR;
    const error = await auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'developer_token_expired' });
    expect(inWords(toUserError(error)).message).toMatch(/Paste a new one on the options page/);
    expect(await auth.state()).toEqual({ connected: false });
    expect(server.calls).toHaveLength(0);
  });

  it('cannot be refreshed after a 401', async () => {
    const { auth, server } = setup();
    await auth.connectDeveloperToken('dev-token-1');
    await expect(auth.tokenProvider.refresh('dev-token-1')).rejects.toMatchObject({ code: 'developer_token_expired' });
    expect(server.calls).toHaveLength(0);
  });

  it('is checked with getMe before it is saved', async () => {
    const api = fakeFetch((call) =>
      call.headers.get('authorization') === 'Bearer good' ? json(200, { id: '1', name: 'Ana', login: 'a@example.com' }) : new Response('', { status: 401 }),
    );
    const getMe = (token: string) => createBoxClient({ fetch: api.fetch, tokens: fixedTokenProvider(token), sleep: fakeSleep().sleep }).getMe();
    const { auth, session } = setup({ getMe });
    await expect(auth.connectDeveloperToken('bad')).rejects.toMatchObject({ code: 'invalid_developer_token' });
    expect(session.dump()).toEqual({});
    await expect(auth.connectDeveloperToken('good')).resolves.toMatchObject({ connected: true, method: 'developer_token' });
  });

  it('replaces an OAuth connection', async () => {
    const { auth, local } = setup();
    await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    await auth.connectDeveloperToken('dev');
    expect(local.dump()).toEqual({});
    expect(await auth.tokenProvider.getAccessToken()).toBe('dev');
  });
});

describe('disconnect', () => {
  it('revokes the refresh and access tokens and clears both areas', async () => {
    const { auth, server, session, local } = setup();
    await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    expect(await auth.disconnect()).toEqual({ connected: false });
    expect(server.revoked.sort()).toEqual(['at-2', 'rt-2']);
    expect({ ...session.dump(), ...local.dump() }).toEqual({});
  });

  it('clears locally even when revoking fails', async () => {
    const { auth, server, session, local } = setup();
    await auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    server.behaviour.revokeFails = true;
    expect(await auth.disconnect()).toEqual({ connected: false });
    expect({ ...session.dump(), ...local.dump() }).toEqual({});
    expect(await auth.state()).toEqual({ connected: false });
  });
});

describe('toAuthState', () => {
  it('adds the user for the protocol', () => {
    const user = { id: '1', name: 'Ana', login: 'a@example.com' };
    expect(toAuthState({ connected: true, method: 'oauth', expiresAt: null }, user)).toEqual({ connected: true, method: 'oauth', expiresAt: null, user });
    expect(toAuthState({ connected: true, method: 'developer_token', expiresAt: 5 })).toMatchObject({ user: null });
    expect(toAuthState({ connected: false }, user)).toEqual({ connected: false });
  });

  it('only knows session and local areas (no sync)', async () => {
    const deps = { session: memoryArea(), local: memoryArea(), fetch, launchWebAuthFlow: async () => '', redirectUri: '', now: Date.now };
    // @ts-expect-error createAuth has no place for a sync area (checked by tsc).
    const auth = createAuth({ ...deps, sync: memoryArea() } satisfies AuthDeps);
    expect(await auth.state()).toEqual({ connected: false });
  });
});
