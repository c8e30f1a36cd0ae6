import { describe, expect, it } from 'vitest';
import type { AuthState } from '../shared/messages';
import { reconnectNotice } from './ReconnectNotice';

const DAY = 24 * 60 * 60_000;
const NOW = Date.UTC(2027, 0, 10, 12);
const oauth = (refreshExpiresAt: number | null | undefined): AuthState => ({ connected: true, method: 'oauth', user: null, expiresAt: null, refreshExpiresAt });
const dateOf = (ms: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(ms);

describe('reconnectNotice', () => {
  it('says nothing while more than 7 days remain, or when the date is not known', () => {
    expect(reconnectNotice(oauth(NOW + 7 * DAY + 60_000), NOW)).toBeNull();
    expect(reconnectNotice(oauth(null), NOW)).toBeNull();
    expect(reconnectNotice(oauth(undefined), NOW)).toBeNull();
    expect(reconnectNotice({ connected: false }, NOW)).toBeNull();
    expect(reconnectNotice({ connected: true, method: 'developer_token', user: null, expiresAt: NOW + 60_000, refreshExpiresAt: NOW }, NOW)).toBeNull();
  });

  it('says "Reconnect before <date>" within 7 days of the 60', () => {
    const at = NOW + 7 * DAY;
    expect(reconnectNotice(oauth(at), NOW)).toEqual({ lapsed: false, text: expect.stringContaining(`Reconnect before ${dateOf(at)}`) as string });
  });

  it('says why a reconnect is needed once the connection lapsed', () => {
    const at = NOW - DAY;
    const notice = reconnectNotice(oauth(at), NOW);
    expect(notice?.lapsed).toBe(true);
    expect(notice?.text).toContain(`lapsed on ${dateOf(at)}`);
    expect(notice?.text).toMatch(/not renewed for 60 days/);
  });
});
