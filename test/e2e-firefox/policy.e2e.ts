// The organisation's policy in real Firefox: a `policies.json` in firefox-esr's distribution folder
// (`policies.3rdparty.Extensions.<add-on id>`), read at start-up into storage.managed. WebDriver BiDi
// cannot open the popup, so the test checks what reaches the extension and that the background, the
// one that enforces the rules, refuses what breaks them with nothing posted (calls come through the
// e2e bridge, as from the popup). Firefox reads only one policies.json: the file is written in
// beforeAll only where none exists (another one is never overwritten) and always removed in afterAll.
import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { NO_REQUEST_OPTIONS } from '../../src/shared/messages';
import { signRequestPosts } from '../e2e/harness';
import { bridge, DIST_FIREFOX_E2E, FIREFOX, launchFirefox, openBoxPage, type FirefoxHarness } from './harness';

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
  allowedMethods: ['sms', 'password', 'login'],
  internalDomains: ['acme.com'],
  externalMethods: ['sms'],
  classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } },
};
const FILE_ID = '1000000001';

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string; code?: string } };

describe.skipIf(why !== null)('organisation policy (Firefox policies.json)', () => {
  let h: FirefoxHarness;
  let box: Page;
  let policyFile = '';
  const send = (signer: Record<string, unknown>) =>
    bridge<Envelope>(box, 'call', {
      type: 'sendSignRequest',
      data: { fileIds: [FILE_ID], templateId: null, signers: [{ role: 'signer', order: null, password: null, ...signer }], options: NO_REQUEST_OPTIONS },
    });

  beforeAll(async () => {
    policyFile = join(distributionDir(), 'policies.json');
    writeFileSync(policyFile, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }), { flag: 'wx' });
    try {
      h = await launchFirefox();
      box = await openBoxPage(h, `https://acme.app.box.com/file/${FILE_ID}`);
    } finally {
      // Firefox has read it at start-up: the file need not stay for anyone else's Firefox to find.
      rmSync(policyFile, { force: true });
    }
    const connected = await bridge<Envelope>(box, 'call', { type: 'connectDeveloperToken', data: { token: h.emulator.issueDeveloperToken() } });
    expect(connected.ok).toBe(true);
  }, 90_000);
  afterAll(async () => {
    rmSync(policyFile, { force: true });
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
});
