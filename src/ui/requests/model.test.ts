import { describe, expect, it } from 'vitest';
import { DAY, daysLeft, inFilter, needsAttention, recipients, resendWait, searchText, visibleRequests } from './model';

import { listed, NOW } from './requests.test-helpers';

describe('the requests list model', () => {
  it('needs attention: declined, any error, or pending and expiring within 7 days', () => {
    expect(needsAttention(listed({ status: 'declined' }), NOW)).toBe(true);
    expect(needsAttention(listed({ status: 'error_converting' }), NOW)).toBe(true);
    expect(needsAttention(listed({ expiresAt: NOW + 7 * DAY }), NOW)).toBe(true);
    expect(needsAttention(listed({ expiresAt: NOW + 8 * DAY }), NOW)).toBe(false);
    expect(needsAttention(listed({ status: 'signed', expiresAt: NOW + DAY }), NOW)).toBe(false);
    expect(daysLeft(listed({ expiresAt: NOW + 2.5 * DAY }), NOW)).toBe(3);
  });

  it('puts each status in its filter; unknown statuses count as waiting', () => {
    const f = (status: string) => (['attention', 'waiting', 'finished', 'cancelled'] as const).filter((x) => inFilter(listed({ status }), x, NOW));
    expect(f('sent')).toEqual(['waiting']);
    expect(f('brand_new')).toEqual(['waiting']);
    expect(f('signed')).toEqual(['finished']);
    expect(f('expired')).toEqual(['finished']);
    expect(f('cancelled')).toEqual(['cancelled']);
    expect(f('declined')).toEqual(['attention']);
  });

  it('searches names, files and signers (every word), and sorts', () => {
    const all = [
      listed({ id: 'a', name: 'Offer letter', createdAt: NOW - 3 * DAY }),
      listed({ id: 'b', name: 'NDA Acme', createdAt: NOW - DAY, expiresAt: NOW + 9 * DAY }),
      listed({ id: 'c', name: 'Lease', createdAt: NOW - 2 * DAY, expiresAt: NOW + 2 * DAY, files: [{ id: '9', name: 'flat-lease.docx' }] }),
    ];
    const texts = new Map(all.map((r) => [r.id, searchText(r)]));
    const ids = (q: string, sort: Parameters<typeof visibleRequests>[4] = 'newest') => visibleRequests(all, texts, 'all', q, sort, NOW).map((r) => r.id);
    expect(ids('')).toEqual(['b', 'c', 'a']);
    expect(ids('', 'oldest')).toEqual(['a', 'c', 'b']);
    expect(ids('', 'expiring')).toEqual(['c', 'b', 'a']);
    expect(ids('', 'name')).toEqual(['c', 'b', 'a']);
    expect(ids('FLAT')).toEqual(['c']);
    expect(ids('grace acme')).toEqual(['b']);
    expect(ids('nobody')).toEqual([]);
  });

  it('leaves out the sender\'s own copy; counts Box\'s 10 minutes from its last email', () => {
    expect(recipients(listed()).map((s) => s.email)).toEqual(['grace@example.org']);
    expect(resendWait(listed({ lastSentAt: NOW - 4 * 60_000 }), NOW)).toBe(6 * 60_000);
    expect(resendWait(listed(), NOW)).toBe(0);
  });
});
