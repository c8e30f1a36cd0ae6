import { describe, expect, it, vi } from 'vitest';
import type { Auth, AuthStatus } from './auth/auth';
import { BoxApiError } from './box/box-error';
import type { BoxClient } from './box/client';
import { backgroundHandlers } from './handlers';

const user = { id: '20000001', name: 'Ada Lovelace', login: 'ada@example.com' };
const sender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };

function fakes(status: AuthStatus, getMe: BoxClient['getMe']) {
  const auth = { state: vi.fn(async () => status), disconnect: vi.fn(async () => ({ connected: false as const })) } as unknown as Auth;
  const client = { getMe: vi.fn(getMe) } as unknown as BoxClient;
  return backgroundHandlers({ auth, client });
}

describe('background handlers', () => {
  it('reports who is connected', async () => {
    const h = fakes({ connected: true, method: 'oauth', expiresAt: null }, async () => user);
    expect(await h.getAuthState({}, sender)).toEqual({ connected: true, method: 'oauth', expiresAt: null, user });
  });

  it('keeps the connection without a name when Box cannot be reached', async () => {
    const h = fakes({ connected: true, method: 'oauth', expiresAt: null }, async () => {
      throw new BoxApiError({ status: 0, code: 'network_error', message: 'offline', resource: 'user' });
    });
    expect(await h.getAuthState({}, sender)).toMatchObject({ connected: true, user: null });
  });

  it('does not ask Box who is connected when nobody is', async () => {
    const getMe = vi.fn(async () => user);
    const h = fakes({ connected: false }, getMe);
    expect(await h.getAuthState({}, sender)).toEqual({ connected: false });
    expect(getMe).not.toHaveBeenCalled();
  });
});
