// The organisation's policy in real Firefox: a `policies.json` in firefox-esr's distribution folder
// (`policies.3rdparty.Extensions.<add-on id>`), read at start-up into storage.managed. The popup is the
// real one, opened by the extension in a tab (WebDriver BiDi cannot navigate to moz-extension:// URLs;
// see firefox-ui.e2e.ts): it starts from the policy's method and offers only what the rules allow. The
// background, the one that enforces the rules, refuses forged requests that break each rule with nothing
// posted (through the e2e bridge, or sent from an extension page with runtime messaging). Firefox reads policies.json only when it
// starts, so each policy gets a Firefox of its own. Firefox reads only one policies.json: the file is
// written only where none exists (another one is never overwritten) and removed as soon as Firefox started.
import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { NO_REQUEST_OPTIONS } from '../../src/shared/messages';
import { signRequestPosts } from '../e2e/harness';
import { CONTRACTS_FOLDER_ID, HR_FOLDER_ID } from '../../emulator/seed';
import { bridge, DIST_FIREFOX_E2E, FIREFOX, launchFirefox, openBoxPage, openExtensionPage, waitForText, type FirefoxHarness } from './harness';

/** Where Firefox looks for policies.json: `distribution/` beside the binary it runs (firefox-esr's lib folder). */
function distributionDir(): string {
  return join(dirname(realpathSync(FIREFOX)), 'distribution');
}

function cannotWritePolicy(): string | null {
  if (!existsSync(FIREFOX)) return `${FIREFOX} is missing`;
  if (!existsSync(join(DIST_FIREFOX_E2E, 'manifest.json'))) return `no e2e build in ${DIST_FIREFOX_E2E}`;
  const dir = distributionDir();
  if (existsSync(join(dir, 'policies.json'))) return `${dir}/policies.json already exists (another run's or the system's): it is not overwritten`;
  try {
    accessSync(existsSync(dir) ? dir : dirname(dir), constants.W_OK);
    return null;
  } catch {
    return `${dir} is not writable by this user (uid ${process.getuid?.()}): Firefox policy tests need root`;
  }
}

const why = cannotWritePolicy();
if (why) console.warn(`Skipping the Firefox policy tests: ${why}.`);

const POLICY = {
  defaultMethod: 'password',
  allowedMethods: ['sms', 'password', 'login'],
  internalDomains: ['acme.com'],
  externalMethods: ['sms'],
  classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } },
};
const FILE_ID = '1000000001';
const FILE_NAME = 'NDA - Acme.pdf';
/** Seeded folders (emulator/seed.ts): Archive lies inside Contracts. */
const ARCHIVE_FOLDER_ID = '111111112';

const policyFile = () => join(distributionDir(), 'policies.json');

/** A Firefox started with `policy` in policies.json (removed once Firefox has read it), on the Box file's page, connected. */
async function launchWithPolicy(policy: Record<string, unknown>): Promise<{ h: FirefoxHarness; box: Page }> {
  writeFileSync(policyFile(), JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }), { flag: 'wx' });
  let h: FirefoxHarness;
  let box: Page;
  try {
    h = await launchFirefox();
    box = await openBoxPage(h, `https://acme.app.box.com/file/${FILE_ID}`);
  } finally {
    // Firefox has read it at start-up: the file need not stay for anyone else's Firefox to find.
    rmSync(policyFile(), { force: true });
  }
  const connected = await bridge<Envelope>(box, 'call', { type: 'connectDeveloperToken', data: { token: h.emulator.issueDeveloperToken() } });
  expect(connected.ok).toBe(true);
  return { h, box };
}

/** The real popup, in a background tab so the Box tab stays the one it reads files from; shown once it has the file. */
async function openPopup(h: FirefoxHarness, box: Page): Promise<Page> {
  await box.bringToFront();
  const popup = await openExtensionPage(h, box, 'src/popup/index.html', true);
  await waitForText(popup, FILE_NAME).catch(async (error: unknown) => {
    throw new Error(`the popup never showed ${FILE_NAME}; it shows: ${String(await popup.evaluate('document.body.innerText')).slice(0, 500)}`, { cause: error });
  });
  return popup;
}

// Run in the page: strings, not functions (the test runner's transform would add helpers the page lacks).
const RADIOS = `[...document.querySelectorAll('input[type="radio"][name^="method-"]')].map((input) => input.value).join(',')`;
const CHOSEN = `document.querySelector('input[type="radio"][name^="method-"]:checked')?.value ?? ''`;
const radiosOf = async (page: Page) => String(await page.evaluate(RADIOS));
const chosenOf = async (page: Page) => String(await page.evaluate(CHOSEN));
/** Waits until the popup offers exactly `methods`. */
async function waitForRadios(page: Page, methods: string): Promise<void> {
  await page.waitForFunction(`${RADIOS} === ${JSON.stringify(methods)}`, { timeout: 15_000 }).catch(async () => {
    throw new Error(`the popup offers ${await radiosOf(page)}, not ${methods}`);
  });
}

/** The "Also ask for a password" checkbox's state, null when there is none. */
async function alsoPasswordOf(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const box = [...document.querySelectorAll('label input[type="checkbox"]')].find((input) => /password/i.test(input.closest('label').textContent));
    return box ? { checked: box.checked, disabled: box.disabled } : null;
  })()`);
}

/** Replaces what the field labelled `label` holds with `text`, by real key presses (a draft may have filled it). */
async function retype(page: Page, label: string, text: string): Promise<void> {
  const id = String(await page.evaluate(`(() => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
    const input = found && (found.htmlFor ? document.getElementById(found.htmlFor) : found.querySelector('input'));
    if (!input) return '';
    input.focus();
    input.select();
    return input.id;
  })()`));
  if (!id) throw new Error(`no field labelled ${label}`);
  await page.keyboard.press('Backspace');
  await page.type(`#${id}`, text);
}

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string; code?: string } };

describe.skipIf(why !== null)('organisation policy (Firefox policies.json)', () => {
  let h: FirefoxHarness;
  let box: Page;
  const send = (signer: Record<string, unknown>) =>
    bridge<Envelope>(box, 'call', {
      type: 'sendSignRequest',
      data: { fileIds: [FILE_ID], templateId: null, signers: [{ role: 'signer', order: null, password: null, ...signer }], options: NO_REQUEST_OPTIONS },
    });

  beforeAll(async () => {
    ({ h, box } = await launchWithPolicy(POLICY));
  }, 90_000);
  afterAll(async () => {
    rmSync(policyFile(), { force: true });
    await h?.close();
  });

  it('reaches the extension as storage.managed', async () => {
    expect(await bridge(box, 'managed')).toMatchObject(POLICY);
  });

  it('the background holds an external signer to externalMethods, and refuses a method not allowed, nothing posted', async () => {
    h.emulator.clearRequests();
    const none = await send({ email: 'client@partner.io', verification: { kind: 'none' } });
    expect(none).toMatchObject({ ok: false, error: { code: 'policy_refused' } });
    expect(!none.ok && none.error.message).toContain('does not allow “None”');
    const login = await send({ email: 'client@partner.io', verification: { kind: 'login' } });
    expect(!login.ok && login.error.message).toContain('outside your organisation');
    expect(signRequestPosts(h.emulator)).toEqual([]);
    // A colleague may use Box login.
    expect(await send({ email: 'colleague@eu.acme.com', verification: { kind: 'login' } })).toMatchObject({ ok: true, data: { outcome: 'sent' } });
    expect(signRequestPosts(h.emulator)).toHaveLength(1);
  });

  it('a Confidential file demands SMS and a password: the background reads the label from Box itself', async () => {
    h.emulator.setClassification(FILE_ID, 'Confidential');
    try {
      h.emulator.clearRequests();
      const login = await send({ email: 'colleague@acme.com', verification: { kind: 'login' } });
      expect(!login.ok && login.error.message).toContain('classified “Confidential”');
      const noPassword = await send({ email: 'colleague@acme.com', verification: { kind: 'sms', phone: '+14155552671' } });
      expect(!noPassword.ok && noPassword.error.message).toContain('needs a password');
      expect(signRequestPosts(h.emulator)).toEqual([]);
      expect(h.emulator.requests.some((r) => r.path === `/2.0/files/${FILE_ID}` && (r.query['fields'] ?? '').includes('classification'))).toBe(true);
      const ok = await send({ email: 'colleague@acme.com', verification: { kind: 'sms', phone: '+14155552671' }, password: 'Tulip-42-secret' });
      expect(ok).toMatchObject({ ok: true, data: { outcome: 'sent' } });
    } finally {
      h.emulator.setClassification(FILE_ID, null);
    }
  });

  it('the popup starts from the policy’s method and offers only the allowed ones', async () => {
    const popup = await openPopup(h, box);
    try {
      expect(await chosenOf(popup)).toBe('password');
      expect(await radiosOf(popup)).toBe('sms,password,login');
    } finally {
      await popup.close();
    }
  }, 60_000);

  it('the popup holds an external signer to externalMethods', async () => {
    const popup = await openPopup(h, box);
    try {
      await retype(popup, 'Signer email', 'colleague@eu.acme.com');
      await waitForRadios(popup, 'sms,password,login');
      await retype(popup, 'Signer email', 'client@partner.io');
      await waitForRadios(popup, 'sms');
      expect(await chosenOf(popup)).toBe('sms');
      await waitForText(popup, 'Outside your organisation: your organisation requires SMS code.');
    } finally {
      await popup.close();
    }
  }, 60_000);

  it('the popup shows a Confidential file’s label and demands SMS and a password', async () => {
    h.emulator.setClassification(FILE_ID, 'Confidential');
    const popup = await openPopup(h, box);
    try {
      await retype(popup, 'Signer email', 'colleague@acme.com');
      await waitForText(popup, 'Classification: Confidential');
      await waitForRadios(popup, 'sms');
      expect(await alsoPasswordOf(popup)).toEqual({ checked: true, disabled: true });
      await popup.waitForFunction(`/classified “Confidential”: your organisation requires SMS code \\+ a password/.test(document.body.innerText)`, { timeout: 15_000 });
    } finally {
      await popup.close();
      h.emulator.setClassification(FILE_ID, null);
    }
  }, 60_000);
});

// Rules the first policy does not set: a password for every signer, and where signed copies may go.
// Firefox reads policies.json only at start, so this is a second Firefox.
const STRICT_POLICY = { requirePassword: true, allowedParentFolders: [CONTRACTS_FOLDER_ID], internalDomains: ['acme.com'], blockLookalikeDomains: true };

describe.skipIf(why !== null)('organisation policy (Firefox policies.json): requirePassword, allowedParentFolders, blockLookalikeDomains', () => {
  let h: FirefoxHarness;
  let box: Page;
  let extensionPage: Page;
  beforeAll(async () => {
    ({ h, box } = await launchWithPolicy(STRICT_POLICY));
  }, 90_000);
  afterAll(async () => {
    rmSync(policyFile(), { force: true });
    await h?.close();
  });
  // Forged from an extension page with runtime messaging, so it passes the background's real sender check.
  const send = async (signer: Record<string, unknown>, parentFolderId: string | null) => {
    const message = {
      type: 'sendSignRequest',
      data: {
        fileIds: [FILE_ID],
        templateId: null,
        signers: [{ email: 'colleague@acme.com', role: 'signer', order: null, password: null, verification: { kind: 'sms', phone: '+14155552671' }, ...signer }],
        options: { ...NO_REQUEST_OPTIONS, parentFolderId },
      },
    };
    return (await extensionPage.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`)) as Envelope;
  };
  const refusal = (answer: Envelope) => (answer.ok ? 'sent' : `${answer.error.code}: ${answer.error.message}`);

  it('the background refuses a signer without a password, a folder outside the allowed ones and a look-alike domain, nothing posted', async () => {
    expect(await bridge(box, 'managed')).toMatchObject(STRICT_POLICY);
    extensionPage = await openExtensionPage(h, box, 'src/options/index.html', true);
    try {
      await forgedSends();
    } finally {
      // Closed, so the popup test below finds the window as a user's toolbar popup would.
      await extensionPage.close();
    }
  });

  async function forgedSends(): Promise<void> {
    h.emulator.clearRequests();
    expect(refusal(await send({}, ARCHIVE_FOLDER_ID))).toBe('policy_refused: colleague@acme.com needs a password: your organisation requires one for every signer.');
    expect(refusal(await send({ password: 'Tulip-42-secret' }, HR_FOLDER_ID))).toMatch(new RegExp(`^policy_refused: Folder ${HR_FOLDER_ID} is not allowed`));
    expect(refusal(await send({ password: 'Tulip-42-secret' }, null))).toMatch(/^policy_refused: Choose a folder for the signed documents/);
    // аcme.com with a Cyrillic "а": the background read its look-alike table (guard/confusables.json) to see it.
    expect(refusal(await send({ email: 'client@xn--cme-5cd.com', password: 'Tulip-42-secret' }, ARCHIVE_FOLDER_ID))).toMatch(/^guard_refused: \u0430cme\.com looks like acme\.com/);
    expect(signRequestPosts(h.emulator)).toEqual([]);
    // A password, and a folder inside Contracts (the background asked Box for its path_collection): sent.
    expect(refusal(await send({ password: 'Tulip-42-secret' }, ARCHIVE_FOLDER_ID))).toBe('sent');
    expect(h.emulator.requests.some((r) => r.path === `/2.0/folders/${ARCHIVE_FOLDER_ID}` && r.query['fields'] === 'path_collection')).toBe(true);
    expect(signRequestPosts(h.emulator)).toMatchObject([{ parent_folder: { id: ARCHIVE_FOLDER_ID }, signers: [{ email: 'colleague@acme.com', password: 'Tulip-42-secret' }] }]);
  }

  it('the popup asks every signer for a password and offers no method without one', async () => {
    const popup = await openPopup(h, box);
    try {
      await waitForRadios(popup, 'sms,password,login');
      expect(await chosenOf(popup)).toBe('sms');
      expect(await alsoPasswordOf(popup)).toEqual({ checked: true, disabled: true });
    } finally {
      await popup.close();
    }
  }, 60_000);
});
