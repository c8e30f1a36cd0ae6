// Box errors real users hit, each switched on in the emulator as Box answers it (emulator/README.md
// "Box errors behind switches"): the popup says what happened and what to do, nothing is created at
// Box, and everything typed is still in the form.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectWithDeveloperToken, launch, openSendingUiOnFile, signRequestPosts, type Harness } from './harness';

const send = (ui: Page) => ui.getByRole('button', { name: 'Send for signature' }).click();

async function fillSms(ui: Page, email: string, phone: string): Promise<void> {
  await ui.getByLabel('Signer email').fill(email);
  await ui.getByRole('radio', { name: /SMS/ }).check();
  await ui.getByLabel('Phone number').fill(phone);
}

describe('Box errors real users hit', () => {
  let h: Harness;
  let ui: Page | null = null;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  // Requests Box holds before each test: a refused send adds none.
  let held = 0;
  const nothingCreated = () => expect(h.emulator.signRequests()).toHaveLength(held);
  beforeEach(() => {
    h.emulator.clearRequests();
    held = h.emulator.signRequests().length;
  });
  afterEach(async () => {
    await ui?.close();
    ui = null;
    h.emulator.setSignEnablement({ signEnabled: true, boxLogin: true, smsBlockedRegions: [] });
    h.emulator.setAppScopes(undefined);
  });

  it('a Box app without sign_requests.readwrite (insufficient_scope): names the permissions, keeps the draft', async () => {
    h.emulator.setAppScopes(['root_readwrite']);
    ui = await openSendingUiOnFile(h);
    await fillSms(ui, 'signer@example.org', '+1 415 555 2671');
    await send(ui);
    await ui.getByRole('alert').filter({ hasText: 'The Box app lacks a permission it needs (read and write all files, manage signature requests).' }).waitFor();
    nothingCreated();
    expect(await ui.getByLabel('Signer email').inputValue()).toBe('signer@example.org');
  });

  it('a file Box cannot convert (error_converting after creation): says to change the file, and goes back to the form as sent', async () => {
    const file = { id: '1000000904', name: 'Scanned contract.pdf' };
    h.emulator.addFile({ ...file, convertFails: true });
    ui = await openSendingUiOnFile(h, file);
    await ui.getByLabel('Signer email').fill('signer@example.org');
    await ui.getByRole('radio', { name: 'Password' }).check();
    await ui.locator('input[type=password]').fill('Conv3rt-fails-here');
    await send(ui);
    await ui.getByText('Request created').waitFor();
    h.emulator.advance(5_000);
    await ui.getByText(/Change the file and send again/).waitFor({ timeout: 15_000 });
    await ui.getByRole('button', { name: 'Edit and send again' }).click();
    expect(await ui.getByLabel('Signer email').inputValue()).toBe('signer@example.org');
    expect(await ui.locator('input[type=password]').inputValue()).toBe('Conv3rt-fails-here');
    expect(await ui.getByText(file.name, { exact: true }).first().isVisible()).toBe(true);
  });

  it('Box Sign not enabled for the enterprise: says so, asks the admin, keeps the draft', async () => {
    h.emulator.setSignEnablement({ signEnabled: false });
    ui = await openSendingUiOnFile(h);
    await fillSms(ui, 'signer@example.org', '+1 415 555 2671');
    await send(ui);
    await ui.getByRole('alert').filter({ hasText: "Box Sign is not turned on for your organisation's Box account, so nothing was sent." }).waitFor();
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    nothingCreated();
    expect(await ui.getByLabel('Signer email').inputValue()).toBe('signer@example.org');
    expect(await ui.getByLabel('Phone number').inputValue()).toContain('415');
  });

  it('Box login on a plan without it: says to choose SMS or a password, keeps the draft', async () => {
    h.emulator.setSignEnablement({ boxLogin: false });
    ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('counsel@example.org');
    await ui.getByRole('radio', { name: 'Box login' }).check();
    await send(ui);
    await ui.getByText(/does not offer "Box login" for signers, so nothing was sent\. Choose SMS or a password/).waitFor();
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
    nothingCreated();
    expect(await ui.getByLabel('Signer email').inputValue()).toBe('counsel@example.org');
    expect(await ui.getByRole('radio', { name: 'Box login' }).isChecked()).toBe(true);
  });

  it('SMS to a country Box does not text: the message is beside the phone number, which keeps the focus', async () => {
    h.emulator.setSignEnablement({ smsBlockedRegions: ['IR'] });
    ui = await openSendingUiOnFile(h);
    await fillSms(ui, 'signer@example.org', '+98 912 123 4567');
    await send(ui);
    const phone = ui.getByLabel('Phone number');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    const description = await phone.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(description).toContain("Box cannot send text messages to phone numbers in the signer's country");
    expect(await phone.evaluate((input) => input === document.activeElement)).toBe(true);
    nothingCreated();
    // Another number goes through: the rest of the draft was kept.
    await phone.fill('+1 415 555 2671');
    await send(ui);
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();
    expect(signRequestPosts(h.emulator)).toHaveLength(2);
  });

  it('a file the user may not download: says so beside the file and sends nothing', async () => {
    const file = { id: '1000000902', name: 'Board minutes.pdf' };
    h.emulator.addFile({ ...file, canDownload: false });
    ui = await openSendingUiOnFile(h, file);
    await ui.getByText('You need download permission on this file to send it for signature.').first().waitFor();
    await ui.getByLabel('Signer email').fill('signer@example.org');
    expect(await ui.getByRole('button', { name: 'Send for signature' }).isDisabled()).toBe(true);
    expect(signRequestPosts(h.emulator)).toEqual([]);
  });

  it('a file deleted after the popup opened: says Box cannot find it, sends nothing, keeps the draft', async () => {
    const file = { id: '1000000903', name: 'Old offer.pdf' };
    h.emulator.addFile(file);
    ui = await openSendingUiOnFile(h, file);
    await ui.getByLabel('Signer email').fill('signer@example.org');
    await ui.getByRole('radio', { name: 'None' }).check();
    h.emulator.removeFile(file.id);
    await send(ui);
    await ui.getByRole('alert').filter({ hasText: 'Box could not find this file, or you do not have access to it.' }).waitFor();
    expect(signRequestPosts(h.emulator)).toEqual([]);
    expect(await ui.getByLabel('Signer email').inputValue()).toBe('signer@example.org');
  });
});
