// Firefox lets a content script write storage.local, so the background stores its Sent list sealed
// (AES-GCM under the extension's non-extractable key, sealed-area.ts): a record planted there in
// plain text, or sealed under any other key, is not the background's and makes it do nothing.
import { describe, expect, it } from 'vitest';
import { newSealingKey } from '../../platform/key-store';
import { sealedArea } from '../sealed-area';
import { TRACKING_KEY } from './store';
import { T0, trackerFixture } from './tracking.test-helpers';

const forgedEntry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  createdAt: T0,
  files: [],
  signerEmails: [],
  status: 'sent',
  terminal: false,
  lastPolledAt: null,
  lastSentAt: T0 - 3_600_000,
  lastResendAt: null,
  openUrl: 'https://evil.example/phish',
  prepareUrl: null,
  gone: false,
  seen: true,
  notified: false,
  ...extra,
});

/** A Sent list as an attacker writes it: the user's real request marked as a copy, an orphan to look up. */
const FORGED = {
  version: 1,
  requests: [forgedEntry('sr-real', { copyOf: 'sr-other' })],
  sending: [{ token: 'x', startedAt: T0 - 120_000, externalId: 'ext-1', files: [] }],
};

async function sealedFixture() {
  const key = await newSealingKey();
  return trackerFixture({ wrap: (area) => sealedArea(area, async () => key) });
}

describe('a Sent list planted in storage.local', () => {
  it('in plain text: not listed, and no Box call, cancel or open follows from it', async () => {
    const f = await sealedFixture();
    f.box.statuses.set('sr-real', 'sent'); // the user's real request, live at Box
    await f.area.set({ [TRACKING_KEY]: FORGED });
    await f.tracker.tick();
    await f.tracker.settleOrphans();
    expect((await f.tracker.refresh()).requests).toEqual([]);
    await expect(f.tracker.cancel('sr-real')).rejects.toThrow();
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-real')).toBeNull();
    expect(f.box.client.getSignRequest).not.toHaveBeenCalled();
    expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
    expect(f.box.statuses.get('sr-real')).toBe('sent');
  });

  it('sealed under another key (another machine, another profile): ignored the same way', async () => {
    const f = await sealedFixture();
    f.box.statuses.set('sr-real', 'sent');
    await sealedArea(f.area, newSealingKey).set({ [TRACKING_KEY]: FORGED });
    await f.tracker.tick();
    expect((await f.tracker.list()).requests).toEqual([]);
    expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
  });

  it("the background's own record still works through the seal, and is ciphertext in storage", async () => {
    const f = await sealedFixture();
    await f.send('sr-1', 'sent');
    expect(JSON.stringify(f.area.dump())).not.toContain('sr-1');
    expect((await f.tracker.list()).requests.map((r) => r.id)).toEqual(['sr-1']);
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-1')).toBe('https://app.box.com/folder/555');
  });
});
