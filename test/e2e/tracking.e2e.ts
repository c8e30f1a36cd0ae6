// Tracking end to end: the built extension in headless Chromium against the Box emulator.
// A send is recorded by the background, the "Sent" view follows its status (through "Refresh"
// and through the real alarm), cancels with a reason, resends once per 10 minutes, and a send
// whose popup closed mid-flight is shown when the popup opens again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectWithDeveloperToken, launch, signRequestPosts, type Harness, openSendingUiOnFile, DEMO_FILE } from './harness';
import { readSealed, writeSealed } from './sealed-storage';

/** The alarm needs the manifest's `alarms` permission; without it tracking still works, through "Refresh" only. */

const FILE_NAME = DEMO_FILE.name;
const ALARM = 'secure-sign-tracking';
const MINUTE = 60_000;

type Stored = { id: string; status: string; seen: boolean; lastSentAt: number; createdAt: number };

/** Fills the form (password method, so the leak check at the end has a secret to look for) and presses Send. */
async function pressSend(ui: Page, email = 'signer@example.org'): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: 'Password' }).check();
  await ui.locator('input[type=password]').fill('Tr0ub4dor&3-track');
  await ui.getByRole('button', { name: 'Send for signature' }).click();
}

async function sendFromUi(h: Harness): Promise<string> {
  const ui = await openSendingUiOnFile(h);
  const before = (await tracked(h)).length;
  await pressSend(ui);
  await ui.getByRole('heading', { name: 'Request created' }).waitFor();
  await ui.close();
  const requests = await tracked(h);
  expect(requests).toHaveLength(before + 1);
  return requests[0]!.id;
}

async function tracked(h: Harness): Promise<Stored[]> {
  return (await readSealed<{ requests?: Stored[] }>(h.worker, 'tracking'))?.requests ?? [];
}

/** As if the signers had been emailed `ms` earlier (the emulator's clock is moved on with advance()). */
async function backdate(h: Harness, id: string, ms: number): Promise<void> {
  const tracking = (await readSealed<{ requests: Stored[] }>(h.worker, 'tracking'))!;
  for (const r of tracking.requests) if (r.id === id) r.lastSentAt -= ms;
  await writeSealed(h.worker, 'tracking', tracking);
}

async function openSentView(h: Harness): Promise<Page> {
  const ui = await openSendingUiOnFile(h);
  await ui.getByRole('tab', { name: 'Sent' }).click();
  await ui.getByRole('heading', { name: 'Sent from this browser' }).waitFor();
  return ui;
}

const item = (ui: Page, index = 0) => ui.locator('.sent-item').nth(index);
const posts = (h: Harness, suffix: string) => h.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

describe('tracking sent requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('records the send and follows converting → sent through Refresh', async () => {
    const id = await sendFromUi(h);
    expect((await tracked(h))[0]).toMatchObject({ id, status: 'converting', seen: true });

    h.emulator.advance(5_000);
    const ui = await openSentView(h);
    await ui.getByRole('button', { name: 'Refresh' }).click();
    await item(ui).getByText('Sent to the signer').waitFor();
    await expect.poll(async () => (await tracked(h))[0]!.status).toBe('sent');
    expect(h.emulator.requests.filter((r) => r.method === 'GET' && r.path === `/2.0/sign_requests/${id}`).length).toBeGreaterThanOrEqual(1);
    await ui.close();
  });

  it('cancels with a reason after confirmation: Box gets the reason, the view shows Cancelled', async () => {
    const [newest] = await tracked(h);
    const ui = await openSentView(h);
    await item(ui).getByRole('button', { name: 'Cancel…' }).click();
    await item(ui).getByText('Cancel this request? The signers will be told.').waitFor();
    await item(ui).getByLabel('Reason (optional)').fill('Wrong version attached');
    await item(ui).getByRole('button', { name: 'Cancel request' }).click();
    await item(ui).getByText('Cancelled', { exact: true }).waitFor();
    const cancels = posts(h, '/cancel');
    expect(cancels.map((r) => [r.path, r.body])).toEqual([[`/2.0/sign_requests/${newest!.id}/cancel`, { reason: 'Wrong version attached' }]]);
    await expect.poll(async () => (await tracked(h))[0]!.status).toBe('cancelled');
    await ui.close();
  });

  it('resends once, and refuses a second resend within 10 minutes without asking Box', async () => {
    const id = await sendFromUi(h);
    h.emulator.advance(11 * MINUTE);
    await backdate(h, id, 11 * MINUTE);
    const ui = await openSentView(h);
    await item(ui).getByText('Sent to the signer').waitFor();
    await item(ui).getByRole('button', { name: 'Resend' }).click();
    await item(ui).getByRole('button', { name: 'Resend now' }).click();
    await item(ui).getByText('Box is emailing the signers again.').waitFor();
    expect(posts(h, '/resend').map((r) => r.path)).toEqual([`/2.0/sign_requests/${id}/resend`]);

    await item(ui).getByRole('button', { name: 'Resend' }).click();
    await item(ui).getByRole('button', { name: 'Resend now' }).click();
    await item(ui).getByRole('alert').getByText(/less than 10 minutes ago/).waitFor();
    expect(posts(h, '/resend')).toHaveLength(1);
    await ui.close();
  });

  it('shows a send whose popup closed while it was in flight when the popup opens again', async () => {
    h.emulator.failNext({ path: '/2.0/sign_requests', method: 'POST' }, { delayMs: 1500 });
    const count = (await tracked(h)).length;
    const ui = await openSendingUiOnFile(h);
    await pressSend(ui, 'closed-early@example.org');
    await expect.poll(() => signRequestPosts(h.emulator).length).toBe(1);
    await ui.close(); // before Box answered

    const again = await openSendingUiOnFile(h);
    const lastSent = again.getByRole('region', { name: 'Last sent' });
    await lastSent.waitFor({ timeout: 15_000 });
    await lastSent.getByText('closed-early@example.org', { exact: false }).waitFor();
    await lastSent.getByText(FILE_NAME).waitFor();
    const requests = await tracked(h);
    expect(requests).toHaveLength(count + 1);
    expect(requests[0]).toMatchObject({ seen: true });
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    await again.close();

    // Shown once: the next opening has no "Last sent".
    const third = await openSendingUiOnFile(h);
    await third.waitForTimeout(500);
    expect(await third.getByRole('region', { name: 'Last sent' }).count()).toBe(0);
    await third.close();
  });

  it('keeps one alarm while requests are pending, follows them through it, and clears it when none remain', async () => {
    expect(await alarm(h)).toMatchObject({ name: ALARM, periodInMinutes: 1 });
    const id = await sendFromUi(h);
    h.emulator.advance(5_000);
    // Unpacked extensions may fire alarms sooner than Chrome's 30 s minimum: fire the tracking alarm now.
    await h.worker.evaluate((name) => chrome.alarms.create(name, { delayInMinutes: 0.005 }), ALARM);
    await expect.poll(async () => (await tracked(h)).find((r) => r.id === id)?.status, { timeout: 15_000 }).toBe('sent');
    // The one-shot fired; the tick put the regular alarm back, since requests are still pending.
    await expect.poll(() => alarm(h)).toMatchObject({ periodInMinutes: 1 });

    // Cancel everything still pending, as the Sent view does: the alarm goes.
    await expect.poll(async () => (await tracked(h)).every((r) => r.status !== 'converting'), { timeout: 15_000 }).toBe(true);
    const ui = await openSentView(h);
    for (const r of await tracked(h)) {
      if (r.status !== 'sent') continue;
      await ui.evaluate((id) => chrome.runtime.sendMessage({ type: 'cancelSignRequest', data: { id } }), r.id);
    }
    expect((await tracked(h)).every((r) => ['cancelled', 'signed', 'declined'].includes(r.status))).toBe(true);
    await expect.poll(() => alarm(h)).toBeUndefined();
    await ui.close();
  });
});

const alarm = (h: Harness) => h.worker.evaluate((name) => chrome.alarms.get(name), ALARM);
