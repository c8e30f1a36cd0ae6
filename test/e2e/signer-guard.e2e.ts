// The signer identity guard (issue 16) end to end in Chromium: the built extension, the Box
// emulator, the popup's warnings beside the fields, the confirmations Send waits for, the
// background's memory of each signer's phone (a keyed hash: no number in storage), and a
// generated password that the meter calls strong and that no storage holds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectWithDeveloperToken, launch, openSendingUiOnFile, signRequestPosts, type Harness } from './harness';

const LANDLINE_WARNING = 'This looks like a landline or service number; Box sends the code by text message';

async function fillSms(ui: Page, email: string, phone: string): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: /SMS/ }).check();
  await ui.getByLabel('Phone number').fill(phone);
}

async function storageDump(h: Harness): Promise<string> {
  return h.worker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null), await chrome.storage.sync.get(null)]),
  );
}

describe('signer identity guard', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('warns about a London landline with SMS and sends only after an explicit confirmation', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillSms(ui, 'ann@example.org', '+44 20 7946 0958');
    await ui.getByText(LANDLINE_WARNING).waitFor();
    // The warning describes the phone field for screen readers.
    expect(await ui.getByLabel('Phone number').getAttribute('aria-describedby')).toContain('signer-phone-warning');
    const send = ui.getByRole('button', { name: 'Send for signature' });
    expect(await send.isDisabled()).toBe(true);
    await ui.getByText('Confirm or correct the warnings beside the signers first.').waitFor();

    await ui.getByRole('checkbox', { name: 'Send the code to this number anyway' }).check();
    await send.click();
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();
    expect(signRequestPosts(h.emulator)).toMatchObject([{ signers: [{ email: 'ann@example.org', verification_phone_number: '+442079460958' }] }]);
    await ui.close();
  });

  it('flags a changed phone for a known signer, and keeps no number in storage', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillSms(ui, 'ann@example.org', '+44 7400 123456');
    const changed = ui.getByText(/^Last time ann@example\.org used a different number \(ending in 58, on \d{1,2} \w{3}\)$/);
    await changed.waitFor();
    expect(await ui.getByRole('button', { name: 'Send for signature' }).isDisabled()).toBe(true);
    await ui.getByRole('checkbox', { name: 'This is the right number' }).check();
    expect(await ui.getByRole('button', { name: 'Send for signature' }).isDisabled()).toBe(false);

    // The same number as last time: no warning.
    await ui.getByLabel('Phone number').fill('+44 20 7946 0958');
    await ui.getByText(LANDLINE_WARNING).waitFor();
    await ui.waitForTimeout(600);
    expect(await changed.count()).toBe(0);

    const memory = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['signerPhones', 'sentDomains'])));
    expect(memory).toContain('"last2":"58"');
    expect(memory).not.toMatch(/2079460958|ann@/);
    await ui.close();
  });

  it("flags a look-alike of a recent signer's domain", async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('bob@examp1e.org');
    await ui.getByText('examp1e.org looks like example.org').waitFor();
    expect(await ui.getByLabel('Signer email').getAttribute('aria-describedby')).toContain('signer-email-warning');
    await ui.getByLabel('Signer email').fill('bob@example.org');
    await ui.waitForTimeout(100);
    expect(await ui.getByText('looks like example.org').count()).toBe(0);
    await ui.close();
  });

  it('generates a password the meter calls strong, hands it over once, and stores it nowhere', async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('carol@example.org');
    await ui.getByRole('radio', { name: 'Password' }).check();
    await ui.getByRole('button', { name: 'Generate' }).click();
    await ui.getByText('Strength: strong').waitFor();
    const password = await ui.locator('input#signer-password').inputValue();
    expect(password).toMatch(/^(?:[A-Za-z]{6}-){4}[2-9]{2}$/);

    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText('These signers need their password from you').waitFor();
    expect(await ui.getByRole('button', { name: 'Copy the password for carol@example.org' }).count()).toBe(1);
    expect(signRequestPosts(h.emulator)).toMatchObject([{ signers: [{ email: 'carol@example.org', password }] }]);

    const dump = await storageDump(h);
    expect(dump).not.toContain(password);
    await ui.close();

    // Reopened, the popup does not show the hand-off again.
    const again = await openSendingUiOnFile(h);
    await again.getByLabel('Signer email').waitFor();
    expect(await again.getByText('These signers need their password from you').count()).toBe(0);
    expect(await storageDump(h)).not.toContain(password);
    await again.close();
  });
});
