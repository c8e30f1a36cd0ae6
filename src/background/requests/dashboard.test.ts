import { describe, expect, it } from 'vitest';
import { boxError } from '../box/box.test-helpers';
import { REQUESTS_ALARM } from './dashboard';
import { boxEntry, dashboardFixture, T0 } from './requests.test-helpers';

const listCalls = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/2.0/sign_requests');

describe('All requests: the list walk', () => {
  it('walks every page, 1,000 at a time, and keeps them newest first in storage.local', async () => {
    const f = dashboardFixture(2_345);
    f.entries.reverse(); // Box's order is not relied on
    const cache = await f.dashboard.refresh();
    expect(f.limits).toEqual([1000, 1000, 1000]);
    expect(cache.requests).toHaveLength(2_345);
    expect(cache.requests[0]!.id).toBe('sr-0');
    expect(cache.refreshedAt).toBe(T0);
    expect(JSON.parse((f.area.dump()['requests'] as { list: string }).list)).toHaveLength(2_345);
  });

  it('walks at most once per interval however often it is asked, and once at a time', async () => {
    const f = dashboardFixture(3);
    await Promise.all([f.dashboard.refresh(), f.dashboard.refresh(), f.dashboard.refresh(true)]);
    await f.dashboard.refresh();
    expect(listCalls(f.calls)).toHaveLength(1);
    f.advance(10_000);
    await f.dashboard.refresh(true); // "Refresh" may ask again after a few seconds
    expect(listCalls(f.calls)).toHaveLength(2);
    f.advance(30_000);
    await f.dashboard.refresh();
    expect(listCalls(f.calls)).toHaveLength(2);
    f.advance(60_000);
    await f.dashboard.refresh();
    expect(listCalls(f.calls)).toHaveLength(3);
  });

  it('backs off after Box keeps answering 429, for at least its retry-after, doubling', async () => {
    const f = dashboardFixture(3);
    f.faults.push(boxError(429, 'rate_limit_exceeded', 'slow down', { 'retry-after': '90' }));
    const failed = await f.dashboard.refresh();
    expect(failed.error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', retryAfter: 90 }); // the facts: the page words them
    expect(failed.backoffUntil).toBe(T0 + 90_000);
    expect(listCalls(f.calls)).toHaveLength(1); // a wait longer than the client's own retries allow: given up at once
    f.advance(60_000);
    await f.dashboard.refresh(true);
    expect(listCalls(f.calls)).toHaveLength(1); // nothing during the back-off
    f.advance(31_000);
    f.faults.push(...Array.from({ length: 3 }, () => boxError(429, 'rate_limit_exceeded', 'slow down', { 'retry-after': '1' })));
    const again = await f.dashboard.refresh(true);
    expect(listCalls(f.calls)).toHaveLength(4); // the client retried twice after 1 s, then gave up
    expect(f.sleep.waits).toEqual([1000, 1000]);
    expect(again.limited).toBe(2);
    expect(again.backoffUntil).toBe(f.clock.now + 120_000);
    f.advance(120_000);
    const ok = await f.dashboard.refresh(true);
    expect(ok).toMatchObject({ error: null, limited: 0, backoffUntil: 0 });
    expect(ok.requests).toHaveLength(3);
  });

  it('keeps an alarm only while Box lists a pending request', async () => {
    const f = dashboardFixture(2);
    await f.dashboard.refresh();
    expect(f.alarms.alarms.has(REQUESTS_ALARM)).toBe(true);
    for (const e of f.entries) e['status'] = 'signed';
    f.advance(60_000);
    await f.dashboard.tick();
    expect(f.alarms.alarms.has(REQUESTS_ALARM)).toBe(false);
  });
});

describe('All requests: notifications', () => {
  it('none on the first walk; one per request that ends afterwards, not for this browser\'s own', async () => {
    const f = dashboardFixture(4, { tracked: ['sr-3'] });
    f.entries[0]!['status'] = 'declined'; // already over at the first walk: no notification
    await f.dashboard.refresh();
    expect(f.notifier.shown).toEqual([]);
    f.entries[1]!['status'] = 'signed';
    f.entries[2]!['status'] = 'error_converting';
    f.entries[3]!['status'] = 'expired'; // the tracker notifies about this one
    f.advance(60_000);
    await f.dashboard.refresh();
    expect(f.notifier.shown.map((n) => n.id)).toEqual(['secure-sign-requests:sr-1', 'secure-sign-requests:sr-2']);
    expect(f.notifier.shown[0]!.title).toContain('Request 1.docx');
    f.advance(60_000);
    await f.dashboard.refresh();
    expect(f.notifier.shown).toHaveLength(2); // never twice
  });

  it('a burst of endings becomes one notification; a cancel is not notified; nothing when turned off', async () => {
    const f = dashboardFixture(6);
    await f.dashboard.refresh();
    for (const e of f.entries.slice(0, 5)) e['status'] = 'signed';
    f.entries[5]!['status'] = 'cancelled';
    f.advance(60_000);
    await f.dashboard.refresh();
    expect(f.notifier.shown).toEqual([expect.objectContaining({ id: 'secure-sign-requests:many', title: '5 sign requests finished' })]);

    const off = dashboardFixture(1, { notify: false });
    await off.dashboard.refresh();
    off.entries[0]!['status'] = 'signed';
    off.advance(60_000);
    await off.dashboard.refresh();
    expect(off.notifier.shown).toEqual([]);
  });
});

describe('All requests: tolerant of what Box sends', () => {
  it('keeps unknown statuses; a field of the wrong type reads as absent, not as a failed walk', async () => {
    const f = dashboardFixture(0);
    f.entries.push(boxEntry(1, { status: 'signed and downloaded' }), boxEntry(2, { created_at: 1767603600 }), boxEntry(3, { status: 'brand_new_status' }));
    const cache = await f.dashboard.refresh();
    expect(cache.requests.map((r) => [r.id, r.status, r.createdAt > 0])).toEqual([
      ['sr-1', 'signed and downloaded', true], ['sr-3', 'brand_new_status', true], ['sr-2', 'sent', false],
    ]);
  });
});
