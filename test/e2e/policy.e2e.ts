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
import { connectWithDeveloperToken, DEMO_FILE, DIST_E2E, launch, openSendingUiOnFile, signRequestPosts, type Harness } from './harness';

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

const radios = (page: Page) => page.locator('input[type="radio"][name^="method-"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const chosen = (page: Page) => page.locator('input[type="radio"][name^="method-"]:checked').evaluate((input) => (input as HTMLInputElement).value);

describe.skipIf(why !== null)('organisation policy (a real Chromium policy file)', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionIdFromKey()]: POLICY } } }));
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
      const send = (signer: Record<string, unknown>) =>
        page.evaluate(
          (data) => chrome.runtime.sendMessage({ type: 'sendSignRequest', data }),
          {
            fileIds: [DEMO_FILE.id],
            templateId: null,
            signers: [{ email: 'client@partner.io', role: 'signer', order: null, password: null, ...signer }],
            options: { prepare: false, parentFolderId: null, emailSubject: null, emailMessage: null, daysValid: null, remindersEnabled: false, signatureColor: null, name: null, requirePhoneToView: false },
          },
        );
      // Not allowed at all, external, and Confidential without SMS or a password: each rule answers.
      const none = await send({ verification: { kind: 'none' } });
      expect(none).toMatchObject({ ok: false, error: { code: 'policy_refused' } });
      expect(none.error.message).toContain('does not allow “None”');
      expect(none.error.message).toContain('outside your organisation');
      expect(none.error.message).toContain('“NDA - Acme.pdf”');
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
});
