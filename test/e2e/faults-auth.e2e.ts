// Faults, part 1: the Box session under stress, in Chromium against the emulator. Each scenario
// ends with a clear message, keeps the draft (the password stays in the open popup's memory) and
// never sends a sign request twice: the emulator's log is counted exactly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_APP } from '../../emulator/index';
import { call } from '../../emulator/test-client.test-helpers';
import { connectWithOAuth, launch, openSendingWindow, signRequestPosts, type Harness, openSendingUiOnFile, DEMO_FILE } from './harness';

const FILE_ID = DEMO_FILE.id;
const FILE_NAME = DEMO_FILE.name;
const PASSWORD = 'Tr0ub4dor&3-auth';
const SESSION_ENDED = 'Your Box session has ended. Reconnect on the options page.';
const DAY = 24 * 60 * 60_000;

async function fill(ui: Page, email: string): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: 'Password' }).check();
  await ui.locator('input[type=password]').fill(PASSWORD);
}

const send = (ui: Page) => ui.getByRole('button', { name: 'Send for signature' }).click();
const tokenCalls = (h: Harness) => h.emulator.requests.filter((r) => r.path === '/oauth2/token');
const created = (h: Harness) => h.emulator.signRequests() as Array<{ external_id: string }>;

/** The access token the worker holds (storage.session). */
async function storedAccessToken(h: Harness): Promise<string> {
  const session = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  return /"accessToken":"([^"]+)"/.exec(session)![1]!;
}

/** The draft was kept: after reconnecting, a new popup has everything typed but the password. */
async function expectDraftKept(h: Harness, email: string): Promise<void> {
  await connectWithOAuth(h, DEFAULT_APP);
  const again = await openSendingUiOnFile(h);
  await expect.poll(() => again.getByLabel('Signer email').inputValue()).toBe(email);
  expect(await again.getByRole('radio', { name: 'Password' }).isChecked()).toBe(true);
  expect(await again.locator('input[type=password]').inputValue()).toBe('');
  await again.close();
}

/** After a failure: the message, the form still filled in, the password still in memory. */
async function expectFailureKeepsForm(ui: Page, message: string | RegExp, email: string): Promise<void> {
  await ui.getByRole('alert').filter({ hasText: message }).waitFor();
  expect(await ui.getByLabel('Signer email').inputValue()).toBe(email);
  expect(await ui.locator('input[type=password]').inputValue()).toBe(PASSWORD);
}

describe('the Box session under faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithOAuth(h, DEFAULT_APP);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('two pages refreshing at once (options page and popup, both on an expired token): exactly one /oauth2/token', async () => {
    const oldToken = await storedAccessToken(h);
    h.emulator.expireAccessTokens();
    h.emulator.failNext({ path: '/oauth2/token' }, { delayMs: 3_000 }); // the refresh is still under way when the others ask
    const box = await h.context.newPage();
    await box.goto(`https://acme.app.box.com/file/${FILE_ID}`);
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html')); // asks who is connected: the refresh starts
    await box.bringToFront(); // the popup offers the file of the active tab
    const ui = await openSendingWindow(h);
    await options.getByText(/Ada Lovelace/).first().waitFor();
    await ui.getByText(FILE_NAME).first().waitFor();
    await ui.getByRole('button', { name: 'Send for signature' }).waitFor();

    expect(tokenCalls(h)).toHaveLength(1);
    expect(tokenCalls(h)[0]!.body).toMatchObject({ grant_type: 'refresh_token' });
    // Both pages' calls were refused with the old token while the one refresh was under way, and
    // every call since used the one new token.
    const bearers = h.emulator.requests.map((r) => /^Bearer (.+)$/.exec(r.headers['authorization'] ?? '')?.[1]).filter((t) => t !== undefined);
    expect(bearers.filter((t) => t === oldToken).length).toBeGreaterThanOrEqual(2);
    expect(new Set(bearers.filter((t) => t !== oldToken)).size).toBe(1);
    await Promise.all([ui.close(), options.close(), box.close()]);
  });

  it('the access token expires in the middle of a send: one refresh, the same request posted again, one created', async () => {
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'mid-send@example.org');
    h.emulator.clearRequests();
    const before = created(h).length;
    // The file check is answered late; the token expires meanwhile, so the create meets a 401.
    h.emulator.failNext({ method: 'GET', path: `/2.0/files/${FILE_ID}` }, { afterHandling: true, delayMs: 800 });
    await send(ui);
    await expect.poll(() => h.emulator.requests.some((r) => r.path === `/2.0/files/${FILE_ID}`)).toBe(true);
    h.emulator.expireAccessTokens();
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();

    expect(tokenCalls(h)).toHaveLength(1);
    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(2); // the first was refused (401) before Box did anything
    expect(posts[1]).toEqual(posts[0]); // the very same request, same external_id
    expect(created(h)).toHaveLength(before + 1);
    expect(created(h).filter((r) => r.external_id === posts[0]!['external_id'])).toHaveLength(1);
    await ui.close();
  });

  it('the refresh token is revoked: asked to reconnect, nothing posted, the draft kept', async () => {
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'revoked@example.org');
    const revoked = await call(h.emulator, {
      method: 'POST', path: '/oauth2/revoke',
      form: { client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret, token: await storedAccessToken(h) },
    });
    expect(revoked.status).toBe(200);
    h.emulator.clearRequests();
    await send(ui);
    await expectFailureKeepsForm(ui, SESSION_ENDED, 'revoked@example.org');
    expect(tokenCalls(h)).toHaveLength(1);
    expect(signRequestPosts(h.emulator)).toHaveLength(0);
    await ui.close();
    await expectDraftKept(h, 'revoked@example.org');
  });

  it('the refresh token has expired (61 days): asked to reconnect, nothing posted, the draft kept', async () => {
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'expired@example.org');
    h.emulator.advance(61 * DAY);
    h.emulator.clearRequests();
    await send(ui);
    await expectFailureKeepsForm(ui, SESSION_ENDED, 'expired@example.org');
    expect(tokenCalls(h)).toHaveLength(1);
    expect(signRequestPosts(h.emulator)).toHaveLength(0);
    await ui.close();

    // A popup opened now says so before anything is typed.
    const next = await openSendingWindow(h);
    await next.getByText(/not connected|Connect/i).first().waitFor();
    await next.close();
    await expectDraftKept(h, 'expired@example.org');
  });
});
