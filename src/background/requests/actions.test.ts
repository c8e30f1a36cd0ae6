import { describe, expect, it } from 'vitest';
import { cancelListed, resendListed } from './actions';
import { dashboardFixture } from './requests.test-helpers';

const posts = (calls: { method: string; url: URL; body: string | undefined }[]) =>
  calls.filter((c) => c.method === 'POST').map((c) => [c.url.pathname, c.body ?? null]);

describe('All requests: resend and cancel', () => {
  it('refuses a resend within 10 minutes of when Box last emailed the signers, in the background', async () => {
    const f = dashboardFixture(1);
    f.entries[0]!['created_at'] = new Date(f.clock.now - 4 * 60_000).toISOString();
    await f.dashboard.refresh();
    await expect(resendListed(f.dashboard.store, clientOf(f), 'sr-0', () => f.clock.now)).rejects.toThrow(/6 minutes/);
    f.advance(6 * 60_000);
    await resendListed(f.dashboard.store, clientOf(f), 'sr-0', () => f.clock.now);
    expect(posts(f.calls)).toEqual([['/2.0/sign_requests/sr-0/resend', null]]);
    // Our own resend restarts the 10 minutes.
    f.advance(60_000);
    await expect(resendListed(f.dashboard.store, clientOf(f), 'sr-0', () => f.clock.now)).rejects.toThrow(/9 minutes/);
  });

  it('cancels with the reason, updates the list, and acts only on requests Box listed', async () => {
    const f = dashboardFixture(2);
    await f.dashboard.refresh();
    await cancelListed(f.dashboard.store, clientOf(f), 'sr-1', '  Wrong file  ');
    expect(posts(f.calls)).toEqual([['/2.0/sign_requests/sr-1/cancel', JSON.stringify({ reason: 'Wrong file' })]]);
    expect((await f.dashboard.store.read()).requests.find((r) => r.id === 'sr-1')!.status).toBe('cancelled');
    await expect(cancelListed(f.dashboard.store, clientOf(f), 'sr-1', undefined)).rejects.toThrow(/cancelled/i);
    await expect(cancelListed(f.dashboard.store, clientOf(f), 'sr-other', undefined)).rejects.toThrow(/does not list/);
    expect(posts(f.calls)).toHaveLength(1);
  });
});

function clientOf(f: ReturnType<typeof dashboardFixture>) {
  return f.client;
}
