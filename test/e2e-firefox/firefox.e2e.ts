// End to end in real headless Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi):
// the Firefox build, the Box emulator, a Box file page. These tests reach the background through the
// e2e-only bridge and call the very handler the popup and options page talk to (see src/e2e-bridge/);
// firefox-ui.e2e.ts drives the popup and options pages themselves.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEFAULT_APP } from '../../emulator/index';
import { GECKO_ID } from '../../scripts/manifest';
import { NO_REQUEST_OPTIONS } from '../../src/shared/messages';
import { signRequestPosts } from '../e2e/harness';
import { bridge, launchFirefox, openBoxPage, type FirefoxHarness } from './harness';

const FILE_ID = '1000000001';
/** What Firefox's identity.getRedirectURL() returns for our add-on ID. */
const FIREFOX_REDIRECT = `https://${createHash('sha1').update(GECKO_ID).digest('hex')}.extensions.allizom.org/`;

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string; code?: string } };
const call = (page: Page, type: string, data: unknown) => bridge<Envelope>(page, 'call', { type, data });

describe('Firefox', () => {
  let h: FirefoxHarness;
  let box: Page;
  beforeAll(async () => {
    h = await launchFirefox({ apps: [{ ...DEFAULT_APP, redirectUris: [...DEFAULT_APP.redirectUris, FIREFOX_REDIRECT] }] });
    box = await openBoxPage(h, `https://acme.app.box.com/file/${FILE_ID}`);
  }, 90_000);
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('the content script reports the file of a Box file page, asked the way the popup asks', async () => {
    // Popup path: windows.getLastFocused({windowTypes: ['normal']}) → active tab → tabs.sendMessage.
    const files = await bridge<{ files: Array<{ id: string }>; pageUrl: string }>(box, 'pageFiles');
    expect(files.files[0]?.id).toBe(FILE_ID);
    expect(files.pageUrl).toBe(`https://acme.app.box.com/file/${FILE_ID}`);
  });

  it("has Firefox's OAuth redirect URL, stable because the add-on ID is fixed", async () => {
    expect(await bridge(box, 'redirectUri')).toBe(FIREFOX_REDIRECT);
  });

  it('sends with SMS verification: exactly the JSON Box documents, without an Origin header', async () => {
    const connected = await call(box, 'connectDeveloperToken', { token: h.emulator.issueDeveloperToken() });
    expect(connected).toMatchObject({ ok: true, data: { connected: true, method: 'developer_token', user: { name: 'Ada Lovelace' } } });

    const sent = await call(box, 'sendSignRequest', {
      fileIds: [FILE_ID],
      templateId: null,
      signers: [{ email: 'signer@example.org', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null }],
      options: { ...NO_REQUEST_OPTIONS, requirePhoneToView: true },
    });
    expect(sent).toMatchObject({ ok: true, data: { outcome: 'sent' } });

    expect(signRequestPosts(h.emulator)).toEqual([
      {
        source_files: [{ id: FILE_ID, type: 'file' }],
        signers: [{ email: 'signer@example.org', role: 'signer', verification_phone_number: '+14155552671' }],
        is_phone_verification_required_to_view: true,
        external_id: expect.stringMatching(/^secure-sign-[0-9a-f-]{36}$/),
      },
    ]);
    const raw = h.emulator.requests.find((r) => r.method === 'POST' && r.path === '/2.0/sign_requests')!;
    expect(raw.headers['origin']).toBeUndefined();
    expect(raw.headers['authorization']).toMatch(/^Bearer /);
  });

  it('sends with a password, which is never stored', async () => {
    const sent = await call(box, 'sendSignRequest', {
      fileIds: [FILE_ID],
      templateId: null,
      signers: [{ email: 'hr@example.org', role: 'signer', order: null, verification: { kind: 'none' }, password: 'Tr0ub4dor&3' }],
      options: NO_REQUEST_OPTIONS,
    });
    expect(sent).toMatchObject({ ok: true });
    expect(signRequestPosts(h.emulator)).toEqual([
      { source_files: [{ id: FILE_ID, type: 'file' }], signers: [{ email: 'hr@example.org', role: 'signer', password: 'Tr0ub4dor&3' }], external_id: expect.stringMatching(/^secure-sign-/) },
    ]);
    expect(JSON.stringify(await bridge(box, 'storage'))).not.toContain('Tr0ub4dor');
  });

  it('Origin: Firefox adds moz-extension://<uuid>; the session rule removes it from our own api.box.com requests only', async () => {
    const post = (url: string) => bridge(box, 'fetch', { url, method: 'POST', body: '{}' });
    // Without the rule Firefox does send the extension's per-install origin, which no Box app can allow-list.
    await bridge(box, 'originRule', 'remove');
    await post('https://api.box.com/2.0/origin-probe-without-rule');
    await bridge(box, 'originRule', 'install');
    await post('https://api.box.com/2.0/origin-probe-with-rule');
    // Other hosts keep it (the rule's URL filter), and so do Box's own pages (tabIds: [-1]).
    await post('https://app.box.com/origin-probe');
    await box.evaluate(`fetch('https://api.box.com/2.0/origin-probe-from-page', { method: 'POST', body: '{}' }).catch(() => {})`);

    const origin = (path: string) => h.emulator.requests.find((r) => r.path === path)?.headers['origin'];
    const extensionOrigin = h.extensionBaseUrl.replace(/\/$/, '');
    expect(origin('/2.0/origin-probe-without-rule')).toBe(extensionOrigin);
    expect(origin('/2.0/origin-probe-with-rule')).toBeUndefined();
    expect(origin('/origin-probe')).toBe(extensionOrigin);
    await expect.poll(() => origin('/2.0/origin-probe-from-page')).toBe(`https://acme.app.box.com`);
  });

  it("connects with OAuth through identity.launchWebAuthFlow and Firefox's redirect URL", async () => {
    const consentOpened = new Promise<Page>((resolvePage) => {
      const onTarget = async () => {
        for (const page of await h.browser.pages()) {
          if (page.url().startsWith('https://account.box.com/api/oauth2/authorize')) {
            h.browser.off('targetchanged', onTarget);
            resolvePage(page);
            return;
          }
        }
      };
      h.browser.on('targetchanged', onTarget);
      h.browser.on('targetcreated', onTarget);
    });
    const connecting = bridge<Envelope>(box, 'call', { type: 'connectOAuth', data: { clientId: DEFAULT_APP.clientId, clientSecret: DEFAULT_APP.clientSecret } }, 30_000);
    const consent = await consentOpened;
    expect(new URL(consent.url()).searchParams.get('redirect_uri')).toBe(FIREFOX_REDIRECT);
    await consent.waitForSelector('#consent_accept_button');
    await consent.evaluate(`document.querySelector('#consent_accept_button').click()`);
    expect(await connecting).toMatchObject({ ok: true, data: { connected: true, method: 'oauth', user: { name: 'Ada Lovelace' } } });
    const token = h.emulator.requests.find((r) => r.method === 'POST' && r.path === '/oauth2/token')!;
    expect(token.headers['origin']).toBeUndefined();
  });

  it('a context-menu click opens the sending UI in Firefox, which takes the chosen file and looks it up', async () => {
    // Connected (previous tests). The menu handler stores the choice and calls action.openPopup(), falling back
    // to a window; BiDi cannot see the toolbar popup, but Box sees the popup's lookup of the chosen file.
    const chosen = '1000000002';
    await bridge(box, 'menuClick', { menuItemId: 'send-file-link', linkUrl: `https://app.box.com/file/${chosen}`, pageUrl: box.url() });
    await expect.poll(() => h.emulator.requests.some((r) => r.method === 'GET' && r.path === `/2.0/files/${chosen}`), { timeout: 10_000 }).toBe(true);
    expect(await bridge<{ session: Record<string, unknown> }>(box, 'storage')).toMatchObject({ session: expect.not.objectContaining({ 'ui.launch': expect.anything() }) });
    expect(signRequestPosts(h.emulator)).toEqual([]);
  });
});
