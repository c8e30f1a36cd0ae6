import { describe, expect, it } from 'vitest';
import { trackerFixture } from './tracking.test-helpers';

describe('a notification click', () => {
  const sendWithOpenUrl = async (f: ReturnType<typeof trackerFixture>, openUrl: string) => {
    f.box.statuses.set('sr-1', 'sent');
    await f.tracker.recordSend(['1'], async () => ({ outcome: 'sent' as const, request: { id: 'sr-1', status: 'sent', prepareUrl: null, openUrl, signerEmails: [] } }), (ids) =>
      ids.map((id) => ({ id, name: null })),
    );
  };

  it("opens the request's Box web address", async () => {
    const f = trackerFixture();
    await sendWithOpenUrl(f, 'https://acme.ent.box.com/folder/555');
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-1')).toBe('https://acme.ent.box.com/folder/555');
  });

  it('opens a company Box domain only once the user granted it', async () => {
    const f = trackerFixture();
    await sendWithOpenUrl(f, 'https://acme.box.com/folder/555');
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-1')).toBeNull();
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-1', ['other.box.com'])).toBeNull();
    expect(await f.tracker.openUrlOf('secure-sign-request:sr-1', ['acme.box.com'])).toBe('https://acme.box.com/folder/555');
  });

  it.each(['https://evil.example/folder/555', 'https://app.box.com.evil.com/', 'http://app.box.com/folder/555', 'https://app.box.com:8443/'])(
    'opens nothing for %s',
    async (url) => {
      const f = trackerFixture();
      await sendWithOpenUrl(f, url);
      expect(await f.tracker.openUrlOf('secure-sign-request:sr-1')).toBeNull();
    },
  );
});
