// End to end in real headless Chromium: the built extension, the Box emulator, a Box file
// page, the sending UI, and the exact JSON Box received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_APP } from '../../emulator/index';
import { connectWithDeveloperToken, connectWithOAuth, launch, openSendingWindow, signRequestPosts, type Harness, openSendingUiOnFile, DEMO_FILE } from './harness';

const FILE_ID = DEMO_FILE.id;

async function fillSms(ui: Page, phone: string): Promise<void> {
  await ui.getByLabel('Signer email').fill('signer@example.org');
  await ui.getByRole('radio', { name: /SMS/ }).check();
  await ui.getByLabel('Phone number').fill(phone);
}

describe('sending with a developer token', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('sends with SMS verification: exactly the JSON Box documents, without an Origin header', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillSms(ui, '(415) 555-2671');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();

    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toEqual({
      source_files: [{ id: FILE_ID, type: 'file' }],
      signers: [{ email: 'signer@example.org', role: 'signer', verification_phone_number: '+14155552671' }],
      is_phone_verification_required_to_view: true,
      external_id: expect.stringMatching(/^secure-sign-[0-9a-f-]{36}$/),
    });
    const raw = h.emulator.requests.find((r) => r.path === '/2.0/sign_requests' && r.method === 'POST')!;
    expect(raw.headers['origin']).toBeUndefined();
    expect(raw.headers['authorization']).toMatch(/^Bearer /);

    // Status moves on in Box; the popup follows it.
    h.emulator.advance(5_000);
    await ui.getByText('Sent to the signer').first().waitFor({ timeout: 15_000 });
    await ui.close();
  });

  it('sends with a password, which is never stored by the extension', async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('hr@example.org');
    await ui.getByRole('radio', { name: 'Password' }).check();
    await ui.locator('input[type=password]').fill('Tr0ub4dor&3');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();

    expect(signRequestPosts(h.emulator)).toEqual([
      {
        source_files: [{ id: FILE_ID, type: 'file' }],
        signers: [{ email: 'hr@example.org', role: 'signer', password: 'Tr0ub4dor&3' }],
        external_id: expect.stringMatching(/^secure-sign-/),
      },
    ]);
    const stored = await h.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null), await chrome.storage.sync.get(null)]));
    expect(stored).not.toContain('Tr0ub4dor');
    await ui.close();
  });

  it('refuses an impossible phone number and sends nothing', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillSms(ui, '+1 555 123 2190');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await expect.poll(() => ui.getByLabel('Phone number').getAttribute('aria-invalid')).toBe('true');
    await ui.waitForTimeout(300);
    expect(signRequestPosts(h.emulator)).toEqual([]);
    await ui.close();
  });

  it('removes Origin only from its own requests to api.box.com, never from Box pages', async () => {
    h.emulator.clearRequests();
    // Control: the browser does add Origin to the worker's POSTs elsewhere, so the rule is what removes it.
    await h.worker.evaluate(() => fetch('https://app.box.com/origin-probe', { method: 'POST', body: '{}' }).then(() => undefined, () => undefined));
    const box = await h.context.newPage();
    await box.goto(`https://app.box.com/file/${FILE_ID}`);
    await box.evaluate(() => fetch('https://api.box.com/2.0/users/me', { method: 'POST', body: '{}' }).then(() => undefined, () => undefined));
    await box.close();
    const probe = h.emulator.requests.find((r) => r.path === '/origin-probe')!;
    expect(probe.headers['origin']).toBe(`chrome-extension://${h.extensionId}`);
    const fromPage = h.emulator.requests.find((r) => r.path === '/2.0/users/me' && r.method === 'POST')!;
    expect(fromPage.headers['origin']).toBe('https://app.box.com');
  });

  it('says "open a Box file first" when the tab is not a Box file', async () => {
    const other = await h.context.newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    const ui = await openSendingWindow(h);
    await ui.getByText(/Open a Box file first/i).waitFor();
    await ui.close();
    await other.close();
  });
});

describe('sending with OAuth', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithOAuth(h, DEFAULT_APP);
  });
  afterAll(async () => h?.close());

  it('connected through the authorize page with state and PKCE, the code exchanged with the secret', () => {
    const authorize = h.emulator.requests.find((r) => r.host === 'account.box.com' && r.path === '/api/oauth2/authorize')!;
    expect(authorize.query).toMatchObject({ response_type: 'code', client_id: DEFAULT_APP.clientId, code_challenge_method: 'S256' });
    expect(authorize.query['state']).toMatch(/^[\w-]{16,}$/);
    const exchange = h.emulator.requests.find((r) => r.path === '/oauth2/token')!;
    expect(exchange.body).toMatchObject({ grant_type: 'authorization_code', client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret });
    expect(exchange.headers['origin']).toBeUndefined();
  });

  it('refreshes an expired access token exactly once and the send succeeds', async () => {
    h.emulator.expireAccessTokens();
    h.emulator.clearRequests();
    const ui = await openSendingUiOnFile(h);
    await fillSms(ui, '+44 7400 123456');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();

    const refreshes = h.emulator.requests.filter((r) => r.path === '/oauth2/token');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.body).toMatchObject({ grant_type: 'refresh_token' });
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(signRequestPosts(h.emulator)[0]).toMatchObject({ signers: [{ verification_phone_number: '+447400123456' }] });
    await ui.close();
  });
});
