// Bulk send end to end (issue 15): 25 pasted rows, three of them invalid, become 22 requests, each
// with its own phone or password, through a 429 and a service-worker stop, with no duplicate request
// and a downloadable result.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWithDeveloperToken, DEMO_FILE, launch, signRequestPosts, stopServiceWorker, type Harness } from './harness';

type Post = { external_id: string; signers: { email: string; role?: string; verification_phone_number?: string; password?: string }[] };

/** 12 rows with a phone (written as people do), 10 with a password, then three bad ones. */
function rows(): { text: string; expected: Map<string, { phone?: string; password?: string }> } {
  const lines = ['Name\tEmail\tPhone\tPassword'];
  const expected = new Map<string, { phone?: string; password?: string }>();
  for (let i = 0; i < 12; i++) {
    const email = `sms${i}@example.org`;
    lines.push(`SMS ${i}\t${email}\t(415) 555-${2610 + i}\t`);
    expected.set(email, { phone: `+1415555${2610 + i}` });
  }
  for (let i = 0; i < 10; i++) {
    const email = `pw${i}@example.org`;
    lines.push(`PW ${i}\t${email}\t\tpass-${i}-Xq7m`);
    expected.set(email, { password: `pass-${i}-Xq7m` });
  }
  lines.push('Bad email\tnot-an-address\t\tpw', 'Bad phone\tbadphone@example.org\t12\t', 'Twice\tSMS0@example.org\t\tpw');
  return { text: lines.join('\n'), expected };
}

describe('Bulk send', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());

  it('sends 22 of 25 rows through a 429 and a worker stop, without a duplicate, and downloads the results', async () => {
    const { text, expected } = rows();
    let page = await h.context.newPage();
    await page.goto(h.url(`src/bulk/index.html?files=${DEMO_FILE.id}`));
    await page.getByRole('heading', { name: 'Bulk send' }).waitFor();
    await page.getByText(DEMO_FILE.name).waitFor();
    await page.getByLabel('Recipients').fill(text);
    await page.getByRole('button', { name: 'Check recipients' }).click();

    const table = page.getByRole('table', { name: 'Each row checked' });
    await expect.poll(() => table.locator('td.problem').count()).toBe(3);
    await table.getByText('This email is already on row 1.').waitFor();
    const send = page.getByRole('button', { name: 'Send 22 requests' });
    await send.waitFor();

    // The first create is refused with 429 (retry-after 1 s); the second is made by Box, then answered late.
    h.emulator.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { status: 429, retryAfter: 1 });
    h.emulator.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { afterHandling: true, delayMs: 10_000 });
    const before = h.emulator.signRequests().length;
    await send.click();

    const progress = page.getByRole('progressbar', { name: 'Progress' });
    await progress.waitFor();
    // Every row but the late one done: close the page, and stop the worker while that answer is on its way.
    await expect.poll(() => progress.getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('21');
    await page.close();
    await stopServiceWorker(h);
    // The page opened again shows the batch; its first message wakes the worker, which looks the late
    // row up by its external_id instead of posting it again.
    page = await h.context.newPage();
    await page.goto(h.url('src/bulk/index.html'));
    const again = page.getByRole('progressbar', { name: 'Progress' });
    await expect.poll(() => again.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('22');
    await page.getByText('22 done · 0 failed · 0 remaining').waitFor();

    const made = h.emulator.signRequests().slice(before) as { external_id: string }[];
    expect(made).toHaveLength(22);
    expect(new Set(made.map((r) => r.external_id)).size).toBe(22);
    // Each request carries its own row's phone or password, nothing else.
    const posts = signRequestPosts(h.emulator) as unknown as Post[];
    const accepted = posts.filter((p) => made.some((m) => m.external_id === p.external_id));
    const byEmail = new Map(accepted.map((p) => [p.signers[0]!.email, p.signers[0]!]));
    expect(byEmail.size).toBe(22);
    for (const [email, want] of expected) {
      const signer = byEmail.get(email)!;
      expect(signer.verification_phone_number).toBe(want.phone);
      expect(signer.password).toBe(want.password);
    }
    // 23 posts: the 429 one was not acted on; the late one was never posted again.
    expect(posts.filter((p) => p.signers[0]!.email.endsWith('@example.org'))).toHaveLength(23);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download results' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('email,status,request ID,link');
    expect(lines.slice(1).filter((line) => /,sent,[0-9a-f-]{36},https:/.test(line))).toHaveLength(22);
    expect(csv).not.toContain('pass-');

    // No password reached storage.local.
    const local = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(local).not.toContain('pass-');
    await page.close();
  }, 180_000);

  it('shows the signer guard beside each row: a London landline with SMS is sent only once confirmed', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(`src/bulk/index.html?files=${DEMO_FILE.id}`));
    await page.getByText(DEMO_FILE.name).waitFor();
    await page.getByLabel('Recipients').fill('email,phone\nland@example.org,+44 20 7946 0958\nmob@example.org,+44 7400 123456');
    await page.getByRole('button', { name: 'Check recipients' }).click();
    const table = page.getByRole('table', { name: 'Each row checked' });
    await table.getByText('This looks like a landline or service number; Box sends the code by text message').waitFor();
    await page.getByRole('button', { name: 'Send 1 request' }).waitFor();
    await page.getByRole('checkbox', { name: 'Send the code to this number anyway, row 1' }).check();
    await page.getByRole('button', { name: 'Send 2 requests' }).waitFor();
    await page.close();
  }, 60_000);
});
