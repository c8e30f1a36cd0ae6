// Faults, part 3: the service worker stopped (as Chrome stops an idle or misbehaving worker) in
// the middle of a send and in the middle of tracking. Nothing may be lost, nothing sent twice.
// The worker is stopped through the DevTools ServiceWorker domain of an extension page (see
// stopServiceWorker in harness.ts) and comes back on the next event.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectWithDeveloperToken, launch, quietExtensionPage, signRequestPosts, stopServiceWorker, wakeServiceWorker, type Harness, openSendingUiOnFile } from './harness';
import { readSealed } from './sealed-storage';

const ALARM = 'secure-sign-tracking';
const PASSWORD = 'Tr0ub4dor&3-worker';

type Stored = { id: string; status: string; seen: boolean; signerEmails: string[] };

async function fillAndSend(ui: Page, email: string): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: 'Password' }).check();
  await ui.locator('input[type=password]').fill(PASSWORD);
  await ui.getByRole('button', { name: 'Send for signature' }).click();
}

/** Storage and alarms read from an extension page, so reading them never wakes the worker. */
async function fromPage<T>(h: Harness, run: () => Promise<T>): Promise<T> {
  const page = await quietExtensionPage(h);
  try {
    return await page.evaluate(run);
  } finally {
    await page.close();
  }
}

async function tracked(h: Harness): Promise<Stored[]> {
  const page = await quietExtensionPage(h);
  try {
    return (await readSealed<{ requests?: Stored[] }>(page, 'tracking'))?.requests ?? [];
  } finally {
    await page.close();
  }
}
const alarm = (h: Harness) => fromPage(h, () => chrome.alarms.get('secure-sign-tracking'));
const fireAlarmSoon = (h: Harness) => fromPage(h, async () => chrome.alarms.create('secure-sign-tracking', { delayInMinutes: 0.005 }));
const created = (h: Harness) => h.emulator.signRequests() as Array<{ id: string; external_id: string; status: string }>;

describe('the service worker stopped mid-way', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());
  afterEach(async () => wakeServiceWorker(h)); // each scenario starts with a running worker

  it('stopped while Box is creating the request: no second POST, the popup says it could not confirm, and the request is found and shown after the restart', async () => {
    const before = created(h).length;
    // Box creates the request at once but answers late; the worker dies before the answer.
    h.emulator.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { afterHandling: true, delayMs: 4_000 });
    const ui = await openSendingUiOnFile(h);
    await fillAndSend(ui, 'worker-stopped@example.org');
    await expect.poll(() => signRequestPosts(h.emulator).length).toBe(1);
    await stopServiceWorker(h);

    // Not "try again": the request may exist, so the popup says so and keeps everything typed.
    await ui.getByRole('heading', { name: 'We could not confirm the request' }).waitFor();
    await ui.getByRole('button', { name: 'Back to the form' }).click();
    await expect.poll(() => ui.getByLabel('Signer email').inputValue()).toBe('worker-stopped@example.org');
    expect(await ui.locator('input[type=password]').inputValue()).toBe(PASSWORD);
    await ui.close();

    expect(created(h)).toHaveLength(before + 1);
    const externalId = (signRequestPosts(h.emulator)[0] as { external_id: string }).external_id;
    const request = created(h).find((r) => r.external_id === externalId)!;

    // The restarted worker looks the unconfirmed send up by its external_id and records it.
    await wakeServiceWorker(h);
    await expect.poll(async () => (await tracked(h)).map((r) => r.id), { timeout: 15_000 }).toContain(request.id);
    const again = await openSendingUiOnFile(h);
    const lastSent = again.getByRole('region', { name: 'Last sent' });
    await lastSent.getByText('worker-stopped@example.org', { exact: false }).waitFor({ timeout: 15_000 });
    await again.getByRole('tab', { name: 'Sent' }).click();
    await again.locator('.sent-item').filter({ hasText: 'worker-stopped@example.org' }).waitFor();
    await again.close();
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    expect(created(h)).toHaveLength(before + 1);
  });

  it('stopped between ticks and mid-tick: the alarm is put back at the restart and the statuses move on', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillAndSend(ui, 'tracked@example.org');
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    await ui.close();
    const [entry] = await tracked(h);
    expect(entry).toMatchObject({ status: 'converting', signerEmails: ['tracked@example.org'] });
    expect(await alarm(h)).toMatchObject({ name: ALARM });

    // Stopped, and the alarm lost meanwhile (as after a browser restart or an update).
    await stopServiceWorker(h);
    await fromPage(h, () => chrome.alarms.clear('secure-sign-tracking'));
    expect(await alarm(h)).toBeUndefined();
    await wakeServiceWorker(h);
    await expect.poll(() => alarm(h)).toMatchObject({ name: ALARM, periodInMinutes: 1 });
    expect((await tracked(h)).map((r) => r.id)).toContain(entry!.id);

    // Stopped in the middle of a tick: Box's answer never arrives.
    h.emulator.advance(5_000); // Box has finished converting
    h.emulator.failNext({ method: 'GET', path: `/2.0/sign_requests/${entry!.id}` }, { delayMs: 4_000 });
    await fireAlarmSoon(h);
    await expect.poll(() => h.emulator.requests.filter((r) => r.path === `/2.0/sign_requests/${entry!.id}`).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await stopServiceWorker(h);
    expect((await tracked(h)).find((r) => r.id === entry!.id)?.status).toBe('converting'); // nothing lost, nothing made up

    // The next alarm wakes the worker, which asks again and moves the status on.
    await fireAlarmSoon(h);
    await expect.poll(async () => (await tracked(h)).find((r) => r.id === entry!.id)?.status, { timeout: 20_000 }).toBe('sent');
    await expect.poll(() => alarm(h)).toMatchObject({ periodInMinutes: 1 });
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
  });
});
