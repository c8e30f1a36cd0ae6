// The organisation's policy end to end, with a REAL machine-wide Chromium policy file
// (/etc/chromium/policies/managed/<unique>.json, `3rdparty.extensions.<id>`): the popup starts from
// and obeys it, and the background refuses a request that breaks it, whatever extension page sends it.
// Other suites run on this machine at the same time with the same extension ID: the file is written
// only in beforeAll, under a name of its own, and always removed in afterAll. Where it cannot be
// written (not root), these tests say why and are skipped.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_REQUEST_OPTIONS } from '../../src/shared/messages';
import { CONTRACTS_FOLDER_ID, HR_FOLDER_ID } from '../../emulator/seed';
import { connectWithDeveloperToken, DEMO_FILE, DIST_E2E, launch, openSendingUiOnFile, signRequestPosts, type Harness } from './harness';

/** The seeded folder Archive, inside Contracts (emulator/seed.ts). */
const ARCHIVE_FOLDER_ID = '111111112';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `secure-sign-e2e-policy-${process.pid}-${Date.now()}.json`);

/** The ID Chromium gives the extension: from the manifest's `key` (SHA-256 of the public key, a–p for 0–f). */
function extensionIdFromKey(): string {
  const manifest = JSON.parse(readFileSync(resolve(DIST_E2E, 'manifest.json'), 'utf8')) as { key: string };
  const hash = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Why the policy file cannot be written here, or null. Only checks: nothing is written at load. */
function cannotWritePolicy(): string | null {
  if (!existsSync(join(DIST_E2E, 'manifest.json'))) return `no e2e build in ${DIST_E2E}`;
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch {
    return `${dir} is not writable by this user (uid ${process.getuid?.()}): Chromium policy tests need root`;
  }
}

const why = cannotWritePolicy();
if (why) console.warn(`Skipping the Chromium policy tests: ${why}.`);

const POLICY = {
  defaultMethod: 'password',
  allowedMethods: ['sms', 'password', 'login'],
  internalDomains: ['acme.com'],
  externalMethods: ['sms'],
  classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } },
};

/** The background's answer: `error` only when `ok` is false. */
type Envelope = { ok: boolean; data?: Record<string, unknown>; error?: { message: string; code?: string } };

/** A sendSignRequest posted straight from an extension page, as a forged one would be: no popup form in the way. */
function forgeSend(page: Page, signer: Record<string, unknown>, parentFolderId: string | null = null): Promise<Envelope> {
  return page.evaluate(
    (data) => chrome.runtime.sendMessage({ type: 'sendSignRequest', data }),
    {
      fileIds: [DEMO_FILE.id],
      templateId: null,
      signers: [{ role: 'signer', order: null, password: null, ...signer }],
      options: { ...NO_REQUEST_OPTIONS, parentFolderId },
    },
  );
}

/** Rewrites the machine-wide policy file, as an admin pushing a new policy would. */
function writePolicy(policy: Record<string, unknown>): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionIdFromKey()]: policy } } }));
}

const radios = (page: Page) => page.locator('input[type="radio"][name^="method-"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const chosen = (page: Page) => page.locator('input[type="radio"][name^="method-"]:checked').evaluate((input) => (input as HTMLInputElement).value);

describe.skipIf(why !== null)('organisation policy (a real Chromium policy file)', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writePolicy(POLICY);
    try {
      h = await launch({ dist: DIST_E2E });
      await connectWithDeveloperToken(h);
    } catch (error) {
      rmSync(POLICY_FILE, { force: true });
      throw error;
    }
  });
  afterAll(async () => {
    try {
      await h?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  });

  it('reaches the extension as storage.managed', async () => {
    expect(h.extensionId).toBe(extensionIdFromKey());
    const managed = await h.worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject(POLICY);
  });

  it('the popup starts from the policy’s method and offers only the allowed ones', async () => {
    const ui = await openSendingUiOnFile(h);
    expect(await chosen(ui)).toBe('password');
    expect(await radios(ui)).toEqual(['sms', 'password', 'login']);
    await ui.close();
  });

  it('holds an external signer to externalMethods', async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('colleague@eu.acme.com');
    expect(await radios(ui)).toEqual(['sms', 'password', 'login']);
    await ui.getByLabel('Signer email').fill('client@partner.io');
    await expect.poll(() => radios(ui)).toEqual(['sms']);
    expect(await chosen(ui)).toBe('sms');
    await ui.getByText('Outside your organisation: your organisation requires SMS code.').waitFor();
    await ui.close();
  });

  it('a Confidential file demands SMS and a password', async () => {
    h.emulator.setClassification(DEMO_FILE.id, 'Confidential');
    try {
      const ui = await openSendingUiOnFile(h);
      await ui.getByText('Classification: Confidential').waitFor();
      await expect.poll(() => radios(ui)).toEqual(['sms']);
      const alsoPassword = ui.getByRole('checkbox', { name: /password/i });
      expect(await alsoPassword.isChecked()).toBe(true);
      expect(await alsoPassword.isDisabled()).toBe(true);
      await ui.getByText(/classified “Confidential”: your organisation requires SMS code \+ a password/).waitFor();
      await ui.close();
    } finally {
      h.emulator.setClassification(DEMO_FILE.id, null);
    }
  });

  it('a request forged from an extension page that breaks a rule is refused by the background, nothing posted', async () => {
    h.emulator.setClassification(DEMO_FILE.id, 'Confidential');
    const page = await h.context.newPage();
    try {
      await page.goto(h.url('src/options/index.html'));
      h.emulator.clearRequests();
      const send = (signer: Record<string, unknown>) => forgeSend(page, { email: 'client@partner.io', ...signer });
      // Not allowed at all, external, and Confidential without SMS or a password: each rule answers.
      const none = await send({ verification: { kind: 'none' } });
      expect(none).toMatchObject({ ok: false, error: { code: 'policy_refused' } });
      expect(none.error?.message).toContain('does not allow “None”');
      expect(none.error?.message).toContain('outside your organisation');
      expect(none.error?.message).toContain('“NDA - Acme.pdf”');
      const noPassword = await send({ verification: { kind: 'sms', phone: '+14155552671' } });
      expect(noPassword).toMatchObject({ ok: false, error: { code: 'policy_refused', message: expect.stringContaining('needs a password') } });
      expect(signRequestPosts(h.emulator)).toEqual([]);
      // The background read the label itself, from Box.
      expect(h.emulator.requests.some((r) => r.path.startsWith(`/2.0/files/${DEMO_FILE.id}`) && (r.query['fields'] ?? '').includes('classification'))).toBe(true);
    } finally {
      h.emulator.setClassification(DEMO_FILE.id, null);
      await page.close();
    }
  });

  // The last two tests change the machine-wide file; the tests above rely on POLICY, so they run first.
  it('a policy pushed while the browser runs: the background follows at once, the popup on its next opening', async () => {
    const page = await h.context.newPage();
    try {
      await page.goto(h.url('src/options/index.html'));
      h.emulator.clearRequests();
      // The background has read POLICY (password allowed) and keeps it: a colleague with a password is sent.
      const passwordOnly = { email: 'colleague@acme.com', verification: { kind: 'none' }, password: 'Tulip-42-secret' };
      expect(await forgeSend(page, passwordOnly)).toMatchObject({ ok: true });
      expect(signRequestPosts(h.emulator)).toHaveLength(1);

      writePolicy({ ...POLICY, defaultMethod: 'sms', allowedMethods: ['sms', 'login'] });
      await waitForManaged(h, (managed) => JSON.stringify(managed['allowedMethods']) === '["sms","login"]');
      h.emulator.clearRequests();
      const refused = await forgeSend(page, passwordOnly);
      expect(refused).toMatchObject({ ok: false, error: { code: 'policy_refused', message: expect.stringContaining('does not allow “Password”') } });
      expect(signRequestPosts(h.emulator)).toEqual([]);

      const ui = await openSendingUiOnFile(h);
      expect(await chosen(ui)).toBe('sms');
      await ui.getByLabel('Signer email').fill('colleague@acme.com'); // the draft may hold an external signer
      await expect.poll(() => radios(ui)).toEqual(['sms', 'login']);
      await ui.close();

      // The options page, opened again, offers only the newly allowed default methods.
      const options = await h.context.newPage();
      await options.goto(h.url('src/options/index.html'));
      const defaults = options.getByRole('group', { name: 'Default verification' });
      await defaults.waitFor();
      expect(await defaults.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['sms', 'login']);
      await options.close();
    } finally {
      await page.close();
    }
  }, 90_000);

  it('allowedParentFolders: a folder inside an allowed one passes (Box’s path_collection), any other is refused, nothing posted', async () => {
    writePolicy({ ...POLICY, allowedParentFolders: [CONTRACTS_FOLDER_ID] });
    await waitForManaged(h, (managed) => JSON.stringify(managed['allowedParentFolders']) === JSON.stringify([CONTRACTS_FOLDER_ID]));
    const page = await h.context.newPage();
    try {
      await page.goto(h.url('src/options/index.html'));
      h.emulator.clearRequests();
      const colleague = { email: 'colleague@acme.com', verification: { kind: 'sms', phone: '+14155552671' } };
      const elsewhere = await forgeSend(page, colleague, HR_FOLDER_ID);
      expect(elsewhere).toMatchObject({ ok: false, error: { code: 'policy_refused', message: expect.stringContaining(`Folder ${HR_FOLDER_ID} is not allowed`) } });
      const boxChooses = await forgeSend(page, colleague, null);
      expect(boxChooses).toMatchObject({ ok: false, error: { code: 'policy_refused', message: expect.stringContaining('Choose a folder for the signed documents') } });
      expect(signRequestPosts(h.emulator)).toEqual([]);
      // Archive lies inside Contracts: the background asked Box where it is, and sent.
      expect(await forgeSend(page, colleague, ARCHIVE_FOLDER_ID)).toMatchObject({ ok: true });
      const lookups = h.emulator.requests.filter((r) => r.path.startsWith('/2.0/folders/')).map((r) => `${r.path}?${r.query['fields'] ?? ''}`);
      expect(lookups).toEqual([`/2.0/folders/${HR_FOLDER_ID}?path_collection`, `/2.0/folders/${ARCHIVE_FOLDER_ID}?path_collection`]);
      expect(signRequestPosts(h.emulator)).toMatchObject([{ parent_folder: { id: ARCHIVE_FOLDER_ID, type: 'folder' } }]);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('blockLookalikeDomains: the background reads its look-alike table from the package and refuses an imitation of an internal domain, nothing posted', async () => {
    writePolicy({ ...POLICY, blockLookalikeDomains: true });
    await waitForManaged(h, (managed) => managed['blockLookalikeDomains'] === true);
    const page = await h.context.newPage();
    try {
      await page.goto(h.url('src/options/index.html'));
      h.emulator.clearRequests();
      const sms = { kind: 'sms', phone: '+14155552671' };
      // аcme.com with a Cyrillic "а": only the table (guard/confusables.json) maps it to acme.com.
      const imitation = await forgeSend(page, { email: 'client@xn--cme-5cd.com', verification: sms });
      expect(imitation).toMatchObject({ ok: false, error: { code: 'guard_refused', message: expect.stringMatching(/^\u0430cme\.com looks like acme\.com/) } });
      expect(signRequestPosts(h.emulator)).toEqual([]);
      // Any other domain goes: the rule refuses imitations, not everything.
      expect(await forgeSend(page, { email: 'client@partner.io', verification: sms })).toMatchObject({ ok: true });
      expect(signRequestPosts(h.emulator)).toHaveLength(1);
    } finally {
      await page.close();
    }
  }, 90_000);
});

/** Waits until Chromium has reloaded the policy file (it watches the folder; a few seconds) and the extension sees it. */
async function waitForManaged(h: Harness, done: (managed: Record<string, unknown>) => boolean): Promise<void> {
  await expect.poll(async () => done(await h.worker.evaluate(() => chrome.storage.managed.get(null))), { timeout: 60_000, interval: 500 }).toBe(true);
}
