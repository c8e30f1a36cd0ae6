// Firefox has no storage access level: code in a Box page's content-script world can write
// storage.local. The background's Sent list is sealed (AES-GCM under the extension's
// non-extractable key), so a record planted there makes it cancel nothing and open nothing.
// The plant comes from the e2e bridge's content script, the very world an attacker would use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { NO_REQUEST_OPTIONS } from '../../src/shared/messages';
import { bridge, launchFirefox, openBoxPage, type FirefoxHarness } from './harness';

type Envelope = { ok: boolean; data?: Record<string, unknown>; error?: { message: string } };
const call = (page: Page, type: string, data: unknown) => bridge<Envelope>(page, 'call', { type, data });
const EVIL = 'https://evil.example/phish';

/** The user's real request written as an attacker would: marked as a copy to cancel, with a link of theirs. */
function forgedTracking(id: string) {
  const now = Date.now();
  const entry = {
    id,
    createdAt: now,
    files: [{ id: '1000000001', name: 'NDA - Acme.pdf' }],
    signerEmails: ['signer@example.org'],
    status: 'sent',
    terminal: false,
    lastPolledAt: null,
    lastSentAt: now - 3_600_000,
    lastResendAt: null,
    openUrl: EVIL,
    prepareUrl: EVIL,
    gone: false,
    seen: true,
    notified: false,
    copyOf: '00000000-0000-0000-0000-000000000000',
  };
  return { tracking: { version: 1, requests: [entry], sending: [{ token: 'planted', startedAt: now - 120_000, externalId: 'secure-sign-planted', files: [] }] } };
}

describe('Firefox: a Sent list planted in storage.local by the content-script world', () => {
  let h: FirefoxHarness;
  let box: Page;
  beforeAll(async () => {
    h = await launchFirefox();
    box = await openBoxPage(h, 'https://acme.app.box.com/file/1000000001');
  }, 90_000);
  afterAll(async () => h?.close());

  it('causes no Box call (no cancel, no look-up) and opens nothing', async () => {
    expect(await call(box, 'connectDeveloperToken', { token: h.emulator.issueDeveloperToken() })).toMatchObject({ ok: true });
    const sent = await call(box, 'sendSignRequest', {
      fileIds: ['1000000001'],
      templateId: null,
      signers: [{ email: 'signer@example.org', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null }],
      options: NO_REQUEST_OPTIONS,
    });
    const id = (sent.data?.['request'] as { id: string }).id;
    h.emulator.advance(60_000); // past `converting`: Box would accept a cancel now

    await bridge(box, 'plantLocal', forgedTracking(id));
    h.emulator.clearRequests();
    const pagesBefore = (await h.browser.pages()).length;

    await call(box, 'refreshSent', {});
    const cancelled = await call(box, 'cancelSignRequest', { id });
    await bridge(box, 'notificationClick', `secure-sign-request:${id}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a tab would have opened by now

    expect(cancelled).toMatchObject({ ok: false }); // not a request the background recorded
    expect(h.emulator.requests.filter((r) => r.path.startsWith('/2.0/sign_requests'))).toEqual([]);
    const pages = await h.browser.pages();
    expect(pages.map((p) => p.url()).filter((url) => url.includes('evil.example'))).toEqual([]);
    expect(pages.length).toBe(pagesBefore);
    expect(h.refused.filter((host) => host.includes('evil.example'))).toEqual([]);
    const list = await call(box, 'listSent', {});
    expect((list.data?.['requests'] as unknown[]).length).toBe(0);
  });
});
