// Faults, part 2: Box busy, Box failing before or after it created the request, connections
// dropped, the browser offline, the popup closed mid-send; and Box's own texts (file names,
// error messages) carrying markup. Every scenario counts the creates Box received exactly.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call } from '../../emulator/test-client.test-helpers';
import { connectWithDeveloperToken, launch, signRequestPosts, type Harness, openSendingUiOnFile, DEMO_FILE } from './harness';

const FILE_ID = DEMO_FILE.id;
const FILE_NAME = DEMO_FILE.name;
const PASSWORD = 'Tr0ub4dor&3-network';
const CREATE = { method: 'POST', path: '/2.0/sign_requests' };
const NOT_CREATED = 'Box did not create the sign request, so nothing was sent. You can safely try again.';
const UNREACHABLE = 'Box could not be reached. Check your internet connection and try again.';

async function fill(ui: Page, email: string): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: 'Password' }).check();
  await ui.locator('input[type=password]').fill(PASSWORD);
}

const send = (ui: Page) => ui.getByRole('button', { name: 'Send for signature' }).click();
const created = (h: Harness) => h.emulator.signRequests() as Array<{ id: string; external_id: string; status: string }>;
const lookups = (h: Harness) => h.emulator.requests.filter((r) => r.method === 'GET' && r.path === '/2.0/sign_requests');

/** Uses up the drops still armed (each call from here takes one), so the next scenario starts clean. */
async function drainFaults(h: Harness): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const answered = await call(h.emulator, { path: '/2.0/users/me' }).then(() => true, () => false);
    if (answered) return;
  }
}

async function expectFailureKeepsForm(ui: Page, message: string, email: string): Promise<void> {
  await ui.getByRole('alert').filter({ hasText: message }).waitFor();
  expect(await ui.getByLabel('Signer email').inputValue()).toBe(email);
  expect(await ui.locator('input[type=password]').inputValue()).toBe(PASSWORD);
}

describe('Box and the network under faults', () => {
  let h: Harness;
  let before: number;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => {
    h.emulator.clearRequests();
    before = created(h).length;
  });
  afterEach(async () => h.context.setOffline(false));

  it('429 with retry-after on the create: waits as asked, posts again once, one request created', async () => {
    h.emulator.failNext(CREATE, { status: 429, retryAfter: 2 });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'busy@example.org');
    await send(ui);
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    const posts = h.emulator.requests.filter((r) => r.method === 'POST' && r.path === CREATE.path);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_900);
    expect(posts[1]!.body).toEqual(posts[0]!.body);
    expect(created(h)).toHaveLength(before + 1);
    await ui.close();
  });

  it('429 asking for longer than the client waits: gives up at once with how long, no further POST, nothing created', async () => {
    h.emulator.failNext(CREATE, { status: 429, retryAfter: 120 });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'too-busy@example.org');
    await send(ui);
    await expectFailureKeepsForm(ui, 'Box is busy and asked to wait about 2 minutes. Try again then.', 'too-busy@example.org');
    await ui.waitForTimeout(2_500); // longer than a short retry-after would have waited
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(created(h)).toHaveLength(before);
    await ui.close();
  });

  it('500 after Box created the request: found by external_id and shown as created, no second POST', async () => {
    h.emulator.failNext(CREATE, { status: 500, afterHandling: true });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'created-500@example.org');
    await send(ui);
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(1);
    expect(lookups(h).length).toBeGreaterThanOrEqual(1);
    expect(created(h)).toHaveLength(before + 1);
    expect(created(h).at(-1)!.external_id).toBe(posts[0]!['external_id']);
    await ui.close();
  });

  it('create answered 500 and the look-up failing too: "could not confirm"; once Box answers, found by external_id and listed under Sent, never posted again', async () => {
    const LIST = { method: 'GET', path: '/2.0/sign_requests' };
    h.emulator.failNext(CREATE, { status: 500, afterHandling: true });
    h.emulator.failNext(LIST, { status: 503 }, 50);
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'unsure@example.org');
    await send(ui);
    await ui.getByRole('heading', { name: 'We could not confirm the request' }).waitFor();
    expect(created(h)).toHaveLength(before + 1); // Box did make it
    for (let i = 0; i < 60; i++) {
      // Box recovers: use up the armed 503s from Node.
      if ((await call(h.emulator, { path: LIST.path })).status !== 503) break;
    }
    await ui.getByRole('tab', { name: 'Sent' }).click();
    await ui.locator('.sent-item', { hasText: 'unsure@example.org' }).waitFor({ timeout: 20_000 });
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    await ui.close();
  });

  // Box handles the create, then the connection is cut before any answer. The popup's file look-up
  // has just used that HTTP/2 connection, so Chromium's network stack re-sends the POST by itself on
  // a new one (HttpNetworkTransaction resends requests whose reused connection closed before any
  // response; it does so over HTTP/1.1 keep-alive too). fetch() cannot prevent it, and Box, without
  // idempotency keys, makes a second request with the same external_id. What the extension owes the
  // user: it posts once itself, notices the copy by its external_id, says so, and cancels the copy as
  // soon as Box allows (not while converting), so exactly one request stays live.
  it('connection dropped after Box created the request: the browser re-sends it; the copy is found, reported and cancelled', async () => {
    h.emulator.failNext(CREATE, { drop: true, afterHandling: true });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'created-dropped@example.org');
    await send(ui);
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    await ui.getByText(/the browser sent the request again, so Box made a second copy/).waitFor();
    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(2); // the browser's own re-send: one body, one external_id
    expect(new Set(posts.map((p) => p['external_id'])).size).toBe(1);
    const mine = () => created(h).filter((r) => r.external_id === posts[0]!['external_id']);
    expect(mine()).toHaveLength(2);

    h.emulator.advance(5_000); // Box has converted both: a cancel is now allowed
    await ui.getByRole('tab', { name: 'Sent' }).click();
    await ui.getByRole('button', { name: 'Refresh' }).click();
    await ui.getByText('Extra copy from a dropped connection.').waitFor();
    await expect.poll(() => mine().map((r) => r.status).sort()).toEqual(['cancelled', 'sent']);
    const cancels = h.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancel'));
    expect(cancels).toHaveLength(1);
    expect(cancels[0]!.body).toMatchObject({ reason: expect.stringMatching(/twice/) });
    expect(signRequestPosts(h.emulator)).toHaveLength(2); // nothing was posted again
    await ui.close();
  });

  it('500 before Box created anything: "not created, nothing was sent", exactly one POST; sending again works', async () => {
    h.emulator.failNext(CREATE, { status: 500 });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'not-created@example.org');
    await send(ui);
    await expectFailureKeepsForm(ui, NOT_CREATED, 'not-created@example.org');
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(lookups(h).length).toBeGreaterThanOrEqual(1); // it looked before saying so
    expect(created(h)).toHaveLength(before);

    await send(ui); // the password is still there: pressing Send again is enough
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(2);
    expect(posts[1]!['external_id']).not.toBe(posts[0]!['external_id']);
    expect(created(h)).toHaveLength(before + 1);
    await ui.close();
  });

  it('the browser goes offline (service worker included): "could not be reached", nothing posted, the form kept', async () => {
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'offline@example.org');
    h.emulator.clearRequests();
    await h.context.setOffline(true);
    await send(ui);
    await expectFailureKeepsForm(ui, UNREACHABLE, 'offline@example.org');
    expect(h.emulator.requests.filter((r) => r.host === 'api.box.com')).toEqual([]); // nothing left the browser
    await h.context.setOffline(false);

    await send(ui);
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(created(h)).toHaveLength(before + 1);
    await ui.close();
  });

  it('Box dropping every connection: "could not be reached", nothing posted, the form kept', async () => {
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'dropped@example.org');
    h.emulator.clearRequests();
    // Enough for the file check, its two retries and Chromium's own resends on reused connections.
    h.emulator.failNext({ host: 'api.box.com' }, { drop: true }, 20);
    try {
      await send(ui);
      await expectFailureKeepsForm(ui, UNREACHABLE, 'dropped@example.org');
      const reached = h.emulator.requests.filter((r) => r.host === 'api.box.com');
      expect(reached.filter((r) => r.path === `/2.0/files/${FILE_ID}`).length).toBeGreaterThanOrEqual(3); // tried, retried
      expect(reached.filter((r) => r.method !== 'GET')).toEqual([]); // the tracking alarm may GET a status; nothing else
      expect(signRequestPosts(h.emulator)).toHaveLength(0);
    } finally {
      await drainFaults(h);
      await ui.close();
    }
  });

  it('the popup closed while Box answers a create late with a 500: the background settles it and the next popup shows it', async () => {
    // Complements tracking.e2e.ts (popup closed during a slow success): here the answer is an error
    // after Box created the request, so the background must look it up, alone, and record it.
    h.emulator.failNext(CREATE, { status: 500, afterHandling: true, delayMs: 1_500 });
    const ui = await openSendingUiOnFile(h);
    await fill(ui, 'closed-500@example.org');
    await send(ui);
    await expect.poll(() => signRequestPosts(h.emulator).length).toBe(1);
    await ui.close();

    const again = await openSendingUiOnFile(h);
    const lastSent = again.getByRole('region', { name: 'Last sent' });
    await lastSent.getByText('closed-500@example.org', { exact: false }).waitFor({ timeout: 15_000 });
    await lastSent.getByText(FILE_NAME).waitFor();
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(lookups(h).length).toBeGreaterThanOrEqual(1);
    expect(created(h)).toHaveLength(before + 1);
    await again.close();
  });
});

describe('markup in what Box says is shown as text', () => {
  const HOSTILE_ID = '1000000666';
  const HOSTILE_NAME = '<img src=x onerror=alert(1)>.pdf';
  const HOSTILE_MESSAGE = '<img src=x onerror=alert(2)> <b>not</b> allowed';
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
    h.emulator.addFile({ id: HOSTILE_ID, name: HOSTILE_NAME });
  });
  afterAll(async () => h?.close());

  /** No element made from Box's text, and no script of it ran. */
  async function expectInert(ui: Page, dialogs: string[]): Promise<void> {
    expect(await ui.locator('img[src="x"], b').count()).toBe(0);
    expect(await ui.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
    expect(dialogs).toEqual([]);
  }

  it('a file name and a Box error message with HTML: literal text, no element, no dialog; the Sent list too', async () => {
    const ui = await openSendingUiOnFile(h, { id: HOSTILE_ID, name: HOSTILE_NAME });
    const dialogs: string[] = [];
    ui.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expectInert(ui, dialogs);

    h.emulator.failNext(CREATE, { status: 400, message: HOSTILE_MESSAGE });
    await fill(ui, 'markup@example.org');
    await send(ui);
    await ui.getByRole('alert').filter({ hasText: `Box did not accept the request: ${HOSTILE_MESSAGE}` }).waitFor();
    await expectInert(ui, dialogs);
    expect(signRequestPosts(h.emulator)).toHaveLength(1);

    await send(ui);
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    await ui.getByText(HOSTILE_NAME, { exact: true }).first().waitFor();
    await ui.getByRole('tab', { name: 'Sent' }).click();
    await ui.locator('.sent-item').filter({ hasText: HOSTILE_NAME }).waitFor();
    await expectInert(ui, dialogs);
    await ui.close();
  });
});
