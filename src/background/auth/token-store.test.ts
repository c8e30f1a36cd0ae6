import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { LOCAL_KEY, SESSION_KEY, createTokenStore } from './token-store';

const local = { method: 'oauth' as const, clientId: 'id', clientSecret: 'secret', refreshToken: 'rt-1' };
const session = { method: 'oauth' as const, accessToken: 'at-1', expiresAt: 1_000 };

describe('token store', () => {
  it('keeps the access token in session and the refresh token and credentials in local', async () => {
    const areas = { session: memoryArea(), local: memoryArea() };
    await createTokenStore(areas).saveOAuth(local, session);
    expect(areas.session.dump()).toEqual({ [SESSION_KEY]: session });
    expect(areas.local.dump()).toEqual({ [LOCAL_KEY]: local });
    expect(await createTokenStore(areas).read()).toEqual({ method: 'oauth', session, local });
  });

  it('writes the refresh token before the access token', async () => {
    const order: string[] = [];
    const recording = (name: string) => {
      const area = memoryArea();
      return { ...area, set: async (items: Record<string, unknown>) => void (order.push(name), await area.set(items)) };
    };
    await createTokenStore({ session: recording('session'), local: recording('local') }).saveOAuth(local, session);
    expect(order).toEqual(['local', 'session']);
  });

  it('reads corrupt or partial values as disconnected', async () => {
    const cases = [
      { session: { [SESSION_KEY]: 'garbage' }, local: { [LOCAL_KEY]: { refreshToken: 'rt' } } },
      { session: { [SESSION_KEY]: session }, local: {} }, // OAuth access token without its refresh token
      { session: { [SESSION_KEY]: { ...session, method: 'developer_token', accessToken: '' } }, local: {} },
      { session: {}, local: {} },
    ];
    for (const c of cases) {
      expect(await createTokenStore({ session: memoryArea(c.session), local: memoryArea(c.local) }).read()).toBeNull();
    }
  });

  // The keys are stored data: an update that renamed them would disconnect every user.
  it('reads tokens stored under the keys earlier versions used', async () => {
    const areas = { session: memoryArea({ 'auth.session': session }), local: memoryArea({ 'auth.local': local }) };
    expect(await createTokenStore(areas).read()).toEqual({ method: 'oauth', session, local });
  });

  // OAuth credentials written over a developer token, with the session not yet replaced (saveOAuth writes
  // local first): the developer token is not this OAuth connection's access token.
  it("never takes a developer token's session as an OAuth connection's", async () => {
    const devSession = { method: 'developer_token' as const, accessToken: 'dev', expiresAt: 5 };
    const store = createTokenStore({ session: memoryArea({ [SESSION_KEY]: devSession }), local: memoryArea({ [LOCAL_KEY]: local }) });
    expect(await store.read()).toEqual({ method: 'oauth', session: null, local });
  });

  it('stays connected through OAuth with a refresh token alone (after a browser restart)', async () => {
    const store = createTokenStore({ session: memoryArea(), local: memoryArea({ [LOCAL_KEY]: local }) });
    expect(await store.read()).toEqual({ method: 'oauth', session: null, local });
  });

  it('replaces OAuth with a developer token, and clears both areas', async () => {
    const areas = { session: memoryArea(), local: memoryArea({ other: 1 }) };
    const store = createTokenStore(areas);
    await store.saveOAuth(local, session);
    await store.saveDeveloperToken({ method: 'developer_token', accessToken: 'dev', expiresAt: 5 });
    expect(areas.local.dump()).toEqual({ other: 1 });
    expect(await store.read()).toMatchObject({ method: 'developer_token' });
    await store.clear();
    expect(areas.session.dump()).toEqual({});
    expect(areas.local.dump()).toEqual({ other: 1 });
  });
});
