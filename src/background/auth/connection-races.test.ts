// Connect, refresh and disconnect interleaved step by step: each gate below holds one step
// (Box's answer to a refresh, the sign-in window, a storage write) until the test lets it go.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { createAuth } from './auth';
import { CLIENT, REDIRECT_URI, fakeAuthServer } from './auth.test-helpers';
import { LOCAL_KEY, SESSION_KEY, createTokenStore } from './token-store';

/** A step held until `release()`; `reached` resolves once the step is waiting. */
function gate() {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const open = new Promise<void>((resolve) => (release = resolve));
  return { reached, release, pass: () => (arrive(), open) };
}

/** A memory area whose next write can be held half-way (the extension is mid-save). */
function holdableArea() {
  const area = memoryArea();
  let held: ReturnType<typeof gate> | null = null;
  return {
    ...area,
    holdNextSet: () => (held = gate()),
    async set(items: Record<string, unknown>) {
      const current = held;
      held = null;
      if (current) await current.pass();
      await area.set(items);
    },
  };
}

function setup() {
  const server = fakeAuthServer();
  const session = holdableArea();
  const local = holdableArea();
  let signInGate: ReturnType<typeof gate> | null = null;
  let refreshGate: ReturnType<typeof gate> | null = null;
  /** Every pair Box issued, by grant: what must end up either stored or revoked. */
  const issued: { grant: string; refreshToken: string; accessToken: string }[] = [];
  const auth = createAuth({
    session,
    local,
    fetch: async (input, init) => {
      const grant = new URLSearchParams(String(init?.body ?? '')).get('grant_type') ?? '';
      const answer = await server.fetch(input, init);
      if (grant && answer.ok) {
        const body = (await answer.clone().json()) as { refresh_token: string; access_token: string };
        issued.push({ grant, refreshToken: body.refresh_token, accessToken: body.access_token });
      }
      // Box has already rotated the token, but its answer is still on its way.
      if (grant === 'refresh_token' && refreshGate) await refreshGate.pass();
      return answer;
    },
    launchWebAuthFlow: async (url, interactive) => {
      const redirect = await server.launchWebAuthFlow(url, interactive);
      const current = signInGate;
      signInGate = null;
      if (current) await current.pass(); // The user is still in Box's window.
      return redirect;
    },
    redirectUri: REDIRECT_URI,
    now: () => 1_700_000_000_000,
  });
  async function seedExpired(): Promise<string> {
    const refreshToken = server.seedRefreshToken();
    await createTokenStore({ session, local }).saveOAuth({ method: 'oauth', ...CLIENT, refreshToken }, { method: 'oauth', accessToken: 'at-old', expiresAt: 0 });
    return refreshToken;
  }
  const stored = () => ({ ...local.dump(), ...session.dump() });
  const storedRefreshToken = () => (local.dump()[LOCAL_KEY] as { refreshToken?: string } | undefined)?.refreshToken;
  /** Refresh tokens Box issued that are neither stored nor revoked: live at Box with nobody holding them. */
  const orphans = () => issued.map((p) => p.refreshToken).filter((t) => t !== storedRefreshToken() && !server.revoked.includes(t));
  /** The n-th pair Box issued for `grant`. */
  const pair = (grant: 'refresh_token' | 'authorization_code', n = 0) => issued.filter((p) => p.grant === grant)[n]!;
  return {
    auth, server, session, local, seedExpired, stored, storedRefreshToken, orphans, pair,
    holdSignIn: () => (signInGate = gate()),
    holdRefresh: () => (refreshGate = gate()),
  };
}

describe('disconnect racing a refresh', () => {
  it('revokes a refreshed pair that Box answers after the disconnect, and stores nothing', async () => {
    const t = setup();
    await t.seedExpired();
    const refreshing = t.holdRefresh();
    const pending = t.auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    await refreshing.reached; // Box has rotated: rt-1 is live, the answer not yet read.
    await t.auth.disconnect();
    refreshing.release();
    expect(await pending).toMatchObject({ code: 'not_connected' });
    expect(t.stored()).toEqual({});
    expect(await t.auth.state()).toEqual({ connected: false });
    const { refreshToken, accessToken } = t.pair('refresh_token');
    expect(t.server.revoked).toEqual(expect.arrayContaining([refreshToken, accessToken]));
    expect(t.orphans()).toEqual([]);
  });

  it('never comes back connected when disconnect lands while the rotated pair is being written', async () => {
    const t = setup();
    await t.seedExpired();
    const writing = t.local.holdNextSet();
    const pending = t.auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    await writing.reached; // The refresh is saving rt-1 right now.
    const disconnected = t.auth.disconnect();
    writing.release();
    await disconnected;
    await pending;
    expect(t.stored()).toEqual({});
    expect(await t.auth.state()).toEqual({ connected: false });
    expect(t.orphans()).toEqual([]);
  });

  it('does not let a session that ended during a new sign-in forget the new connection', async () => {
    const t = setup();
    await createTokenStore(t).saveOAuth({ method: 'oauth', ...CLIENT, refreshToken: 'rt-revoked' }, { method: 'oauth', accessToken: 'at-old', expiresAt: 0 });
    const refreshing = t.holdRefresh();
    const pending = t.auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    await refreshing.reached;
    await t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    refreshing.release();
    expect(await pending).toMatchObject({ code: 'invalid_grant' });
    expect(t.storedRefreshToken()).toBe(t.pair('authorization_code').refreshToken);
    expect(await t.auth.state()).toMatchObject({ connected: true });
  });
});

describe('a sign-in overtaken by another change', () => {
  it('revokes the pair of a sign-in that finishes after disconnect, and stores nothing', async () => {
    const t = setup();
    const signingIn = t.holdSignIn();
    const pending = t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret).catch((e: unknown) => e);
    await signingIn.reached;
    await t.auth.disconnect();
    signingIn.release();
    expect(await pending).toMatchObject({ code: 'connection_changed' });
    expect(t.stored()).toEqual({});
    const { refreshToken, accessToken } = t.pair('authorization_code');
    expect(t.server.revoked).toEqual(expect.arrayContaining([refreshToken, accessToken]));
  });

  it('keeps the later connection when an earlier sign-in finishes after it', async () => {
    const t = setup();
    const signingIn = t.holdSignIn();
    const first = t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret).catch((e: unknown) => e);
    await signingIn.reached;
    await t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    signingIn.release(); // The first window's code is exchanged only now.
    expect(await first).toMatchObject({ code: 'connection_changed' });
    expect(t.storedRefreshToken()).toBe(t.pair('authorization_code', 0).refreshToken);
    expect(t.server.revoked).toEqual(expect.arrayContaining([t.pair('authorization_code', 1).refreshToken, t.pair('authorization_code', 1).accessToken]));
    expect(t.orphans()).toEqual([]);
  });

  it('revokes a refreshed pair that arrives after a reconnect, and keeps the new connection', async () => {
    const t = setup();
    await t.seedExpired();
    const refreshing = t.holdRefresh();
    const pending = t.auth.tokenProvider.getAccessToken().catch((e: unknown) => e);
    await refreshing.reached;
    await t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    refreshing.release();
    expect(await pending).toMatchObject({ code: 'not_connected' });
    const connected = t.pair('authorization_code');
    expect(t.storedRefreshToken()).toBe(connected.refreshToken);
    expect(t.session.dump()[SESSION_KEY]).toMatchObject({ accessToken: connected.accessToken });
    expect(t.orphans()).toEqual([]);
  });

  it('revokes the tokens of the connection it replaces', async () => {
    const t = setup();
    await t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    await t.auth.connectOAuth(CLIENT.clientId, CLIENT.clientSecret);
    const [first, second] = [t.pair('authorization_code', 0), t.pair('authorization_code', 1)];
    expect(t.server.revoked.sort()).toEqual([first.accessToken, first.refreshToken].sort());
    await t.auth.connectDeveloperToken('dev');
    expect(t.server.revoked.sort()).toEqual([first.accessToken, first.refreshToken, second.accessToken, second.refreshToken].sort());
    expect(t.orphans()).toEqual([]);
  });
});
