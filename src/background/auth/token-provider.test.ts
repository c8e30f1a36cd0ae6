// The token provider alone, over a fake store and a fake token endpoint: the boundaries and refusals
// the connection tests in auth.test.ts do not reach (found by `npm run mutation -- tokens`).
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../box/box.test-helpers';
import { createConnectionGuard } from './connection-guard';
import { createTokenProvider } from './token-provider';
import type { StoredAuth, TokenStore } from './token-store';

const NOW = 1_000_000_000;
const local = { method: 'oauth' as const, clientId: 'cid', clientSecret: 'cs', refreshToken: 'rt-1' };

function setup(stored: StoredAuth | null, answer: () => Response | Promise<Response> = () => json(200, { access_token: 'at-new', refresh_token: 'rt-2', expires_in: 3600, token_type: 'bearer' })) {
  let current = stored;
  const store: TokenStore & { clear: ReturnType<typeof vi.fn>; saveOAuth: ReturnType<typeof vi.fn> } = {
    read: async () => current,
    saveOAuth: vi.fn(async (l, session) => void (current = { method: 'oauth', local: l, session })),
    saveDeveloperToken: async () => undefined,
    clear: vi.fn(async () => void (current = null)),
  };
  const box = fakeFetch(() => answer());
  const guard = createConnectionGuard();
  const provider = createTokenProvider({ store, transport: { fetch: box.fetch }, guard, now: () => NOW });
  return { provider, store, guard, calls: box.calls };
}
const oauth = (session: { accessToken: string; expiresAt: number } | null): StoredAuth => ({ method: 'oauth', local, session: session && { method: 'oauth', ...session } });

describe('token provider', () => {
  it('uses a token until exactly five minutes before it expires, then refreshes', async () => {
    const still = setup(oauth({ accessToken: 'at-old', expiresAt: NOW + 5 * 60_000 + 1 }));
    expect(await still.provider.getAccessToken()).toBe('at-old');
    expect(still.calls).toHaveLength(0);
    const due = setup(oauth({ accessToken: 'at-old', expiresAt: NOW + 5 * 60_000 }));
    expect(await due.provider.getAccessToken()).toBe('at-new');
    expect(due.calls).toHaveLength(1);
    expect(due.store.saveOAuth).toHaveBeenCalledWith({ ...local, refreshToken: 'rt-2', refreshIssuedAt: NOW }, { method: 'oauth', accessToken: 'at-new', expiresAt: NOW + 3600_000 });
  });

  it('refreshes with a refresh token alone (no session after a browser restart)', async () => {
    const { provider, calls } = setup(oauth(null));
    expect(await provider.getAccessToken()).toBe('at-new');
    expect(calls).toHaveLength(1);
  });

  it('says "not connected" for a refresh with nothing stored, without calling Box', async () => {
    const { provider, calls } = setup(null);
    await expect(provider.refresh('at-old')).rejects.toMatchObject({ code: 'not_connected', message: 'Not connected to Box' });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'not_connected' });
    expect(calls).toHaveLength(0);
  });

  it('keeps the stored credentials when the refresh fails for another reason than invalid_grant', async () => {
    const { provider, store } = setup(oauth(null), () => json(500, { type: 'error', status: 500, code: 'internal_server_error' }));
    await expect(provider.refresh('at-gone')).rejects.toBeDefined();
    expect(store.clear).not.toHaveBeenCalled();
  });

  it('a refresh that finishes after the connection changed is refused and writes nothing back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { provider, store, guard } = setup(oauth(null), async () => {
      await gate;
      return json(200, { access_token: 'at-new', refresh_token: 'rt-2', expires_in: 3600, token_type: 'bearer' });
    });
    const pending = provider.refresh('at-gone');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await guard.exclusive(async () => guard.changed());
    release();
    await expect(pending).rejects.toMatchObject({ code: 'not_connected' });
    expect(store.saveOAuth).not.toHaveBeenCalled();
  });

  it('gives callers in the same tick one refresh', async () => {
    const { provider, calls } = setup(oauth(null));
    const tokens = await Promise.all([provider.refresh('at-gone'), provider.refresh('at-gone'), provider.getAccessToken()]);
    expect(tokens).toEqual(['at-new', 'at-new', 'at-new']);
    expect(calls).toHaveLength(1);
  });

  it('a developer token: refused once stale, with plain words', async () => {
    const { provider, store } = setup({ method: 'developer_token', session: { method: 'developer_token', accessToken: 'dev', expiresAt: NOW + 1000 } } as StoredAuth);
    expect(await provider.getAccessToken()).toBe('dev');
    await expect(provider.refresh('dev')).rejects.toMatchObject({ status: 401, code: 'developer_token_expired', message: 'The developer token has expired' });
    expect(store.clear).toHaveBeenCalled();
  });
});
