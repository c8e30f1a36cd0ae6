import { describe, expect, it } from 'vitest';
import { isKnownConnected, KNOWN_AUTH_KEY, readKnownAuth, writeKnownAuth } from './known-auth';
import { memoryArea } from './storage-area';

const user = { id: '1', name: 'Ada', login: 'ada@example.com' };

describe('known connection state', () => {
  it('keeps only "connected" and the expiry, never who or how', async () => {
    const area = memoryArea();
    await writeKnownAuth(area, { connected: true, method: 'oauth', user, expiresAt: null });
    expect(area.dump()).toEqual({ [KNOWN_AUTH_KEY]: { connected: true, expiresAt: null } });
    expect(await readKnownAuth(area, 0)).toBe(true);
  });

  it('forgets it when the background finds the user not connected', async () => {
    const area = memoryArea();
    await writeKnownAuth(area, { connected: true, method: 'oauth', user, expiresAt: null });
    await writeKnownAuth(area, { connected: false });
    expect(area.dump()).toEqual({});
    expect(await readKnownAuth(area, 0)).toBe(false);
  });

  it('no longer counts once a developer token has expired', async () => {
    const area = memoryArea();
    await writeKnownAuth(area, { connected: true, method: 'developer_token', user: null, expiresAt: 5000 });
    expect(await readKnownAuth(area, 4999)).toBe(true);
    expect(await readKnownAuth(area, 5000)).toBe(false);
  });

  it.each([undefined, null, 'yes', { connected: 'true' }, { connected: true, expiresAt: '9' }, { connected: true }])('reads %j as not known', (stored) => {
    expect(isKnownConnected(stored, 0)).toBe(false);
  });
});
