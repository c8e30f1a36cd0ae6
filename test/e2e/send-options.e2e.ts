// The complete sending form end to end in headless Chromium against the Box emulator: several
// signers in order, a template, document preparation, drafts across popup openings, and sending
// with the keyboard alone. Every send is checked against the exact JSON the emulator received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEEDED_TEMPLATES } from '../../emulator/index';
import { connectWithDeveloperToken, launch, openSendingWindow, signRequestPosts, type Harness, openSendingUiOnFile, DEMO_FILE } from './harness';

const FILE_ID = DEMO_FILE.id;
const FILE_NAME = DEMO_FILE.name;
const EXTERNAL_ID = expect.stringMatching(/^secure-sign-[0-9a-f-]{36}$/);

const signerGroup = (ui: Page, n: number) => ui.getByRole('group', { name: `Signer ${n}`, exact: true });

async function fillTwoSigners(ui: Page): Promise<void> {
  await ui.getByLabel('Signer email').fill('ann@example.org');
  await ui.getByLabel('Phone number').fill('(415) 555-2671');
  await ui.getByRole('button', { name: 'Add signer' }).click();
  await ui.getByLabel('Signer 2 email').fill('bob@example.org');
  await signerGroup(ui, 2).getByRole('radio', { name: 'Password' }).check();
  await ui.getByLabel('Signer 2 password').fill('Tr0ub4dor&3-bob');
  await ui.getByRole('checkbox', { name: 'Sign in order' }).check();
}

async function openOptions(ui: Page): Promise<void> {
  await ui.locator('summary', { hasText: 'Options' }).click();
}

/** Presses Tab until the focused element has this accessible label (a keyboard user's way there). */
async function tabTo(ui: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await ui.keyboard.press('Tab');
    const focused = await ui.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const labelled = el && 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : null;
      return (labelled ?? el?.textContent ?? '').trim();
    });
    if (focused === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe('the complete sending form', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.emulator.clearRequests());

  it('two signers in order, SMS code and password: exactly this JSON reaches Box', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillTwoSigners(ui);
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText('Request created').waitFor();

    expect(signRequestPosts(h.emulator)).toEqual([
      {
        source_files: [{ id: FILE_ID, type: 'file' }],
        signers: [
          { email: 'ann@example.org', role: 'signer', order: 1, verification_phone_number: '+14155552671' },
          { email: 'bob@example.org', role: 'signer', order: 2, password: 'Tr0ub4dor&3-bob' },
        ],
        is_phone_verification_required_to_view: true,
        external_id: EXTERNAL_ID,
      },
    ]);
    // Box adds the sender as a final copy reader: shown as "You", not as someone the user chose.
    const recipients = ui.locator('ul.recipients');
    await expect.poll(() => recipients.innerText()).toMatch(/You \(copy of the signed document\)/);
    expect(await recipients.innerText()).toMatch(/ann@example\.org\s+Signer, order 1, SMS code/);
    expect(await recipients.innerText()).toMatch(/bob@example\.org\s+Signer, order 2, password/);
    await ui.close();
  });

  it("a template: its placeholder filled, template_id sent, its locked options left out", async () => {
    const nda = SEEDED_TEMPLATES.mutualNda;
    const ui = await openSendingUiOnFile(h);
    await openOptions(ui);
    await ui.getByLabel('Box Sign template').selectOption({ label: nda.name });
    await ui.getByText(`Documents of the template "${nda.name}"`).waitFor();
    expect(await ui.getByLabel('Days before it expires').isDisabled()).toBe(true); // the template locks its options
    await ui.getByLabel('Signer email').fill('counterparty@example.org');
    await ui.getByLabel('Phone number').fill('+44 7400 123456');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText('Request created').waitFor();

    expect(signRequestPosts(h.emulator)).toEqual([
      {
        template_id: nda.id,
        signers: [{ email: 'counterparty@example.org', role: 'signer', verification_phone_number: '+447400123456' }],
        is_phone_verification_required_to_view: true,
        external_id: EXTERNAL_ID,
      },
    ]);
    await ui.close();
  });

  it("document preparation: Box's prepare_url opens in a new tab", async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('prep@example.org');
    await ui.getByLabel('Phone number').fill('(415) 555-2671');
    await openOptions(ui);
    await ui.getByRole('checkbox', { name: /Place the signature fields myself/ }).check();
    const opened = h.context.waitForEvent('page');
    await ui.getByRole('button', { name: 'Send for signature' }).click();

    const prepare = await opened;
    await prepare.waitForURL(/^https:\/\/app\.box\.com\/sign\/document\/[^/]+\/[^/]+\/prepare_doc\/$/);
    await prepare.getByTestId('sign-prepare').waitFor();
    expect(signRequestPosts(h.emulator)).toEqual([
      {
        source_files: [{ id: FILE_ID, type: 'file' }],
        signers: [{ email: 'prep@example.org', role: 'signer', verification_phone_number: '+14155552671' }],
        is_document_preparation_needed: true,
        is_phone_verification_required_to_view: true,
        external_id: EXTERNAL_ID,
      },
    ]);
    await ui.getByText(/Box opened the document in a new tab/).waitFor();
    expect(await ui.getByRole('link', { name: 'Prepare the document' }).getAttribute('href')).toBe(prepare.url());
    await prepare.close();
    await ui.close();
  });

  it('closing and reopening mid-draft keeps everything but the password', async () => {
    const ui = await openSendingUiOnFile(h);
    await fillTwoSigners(ui);
    await openOptions(ui);
    await ui.getByLabel('Email subject').fill('NDA for you');
    await ui.getByLabel('Days before it expires').fill('21');
    await ui.waitForTimeout(300); // drafts are written as the user types
    await ui.close();

    const again = await openSendingWindow(h);
    await again.getByText(FILE_NAME).waitFor();
    expect(await again.getByLabel('Signer 1 email').inputValue()).toBe('ann@example.org');
    expect(await again.getByLabel('Signer 1 phone number').inputValue()).toBe('(415) 555-2671');
    expect(await again.getByLabel('Signer 2 email').inputValue()).toBe('bob@example.org');
    expect(await signerGroup(again, 2).getByRole('radio', { name: 'Password' }).isChecked()).toBe(true);
    expect(await again.getByLabel('Signer 2 signing order').inputValue()).toBe('2');
    expect(await again.getByLabel('Signer 2 password').inputValue()).toBe(''); // never stored
    await openOptions(again);
    expect(await again.getByLabel('Email subject').inputValue()).toBe('NDA for you');
    expect(await again.getByLabel('Days before it expires').inputValue()).toBe('21');
    const stored = await h.worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null), await chrome.storage.sync.get(null)]),
    );
    expect(stored).toContain('bob@example.org');
    expect(stored).not.toContain('Tr0ub4dor');
    expect(signRequestPosts(h.emulator)).toEqual([]);
    await again.close();
  });

  it('sends with the keyboard alone: Tab, Space and Enter, no clicks', async () => {
    // A fresh page of the file, so the earlier draft does not apply.
    const box = await h.context.newPage();
    await box.goto('https://app.box.com/file/1000000002');
    await box.bringToFront();
    const ui = await openSendingWindow(h);
    await ui.getByText('Offer letter.docx').first().waitFor();

    await tabTo(ui, 'Signer email');
    await ui.keyboard.type('kim@example.org');
    await tabTo(ui, 'Phone number');
    await ui.keyboard.type('+1 415 555 2671');
    await tabTo(ui, 'Add signer');
    await ui.keyboard.press('Space'); // focus moves to the new row's email
    await expect.poll(() => ui.evaluate(() => document.activeElement?.id)).toBe('signer-2-email');
    await ui.keyboard.type('lee@example.org');
    await tabTo(ui, 'Signer 2 phone number');
    await ui.keyboard.type('+44 7911 123456');
    await ui.keyboard.press('Enter'); // Enter in the last field sends
    await ui.getByText('Request created').waitFor();

    expect(signRequestPosts(h.emulator)).toEqual([
      {
        source_files: [{ id: '1000000002', type: 'file' }],
        signers: [
          { email: 'kim@example.org', role: 'signer', verification_phone_number: '+14155552671' },
          { email: 'lee@example.org', role: 'signer', verification_phone_number: '+447911123456' },
        ],
        is_phone_verification_required_to_view: true,
        external_id: EXTERNAL_ID,
      },
    ]);
    await ui.close();
    await box.close();
  });
});
