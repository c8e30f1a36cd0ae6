// The content-script world of a Box tab (what a compromised Box page process could run code in)
// must not read or write storage.local and storage.sync: the worker sets both to TRUSTED_CONTEXTS
// at every start (src/platform/storage-access.ts). Reached through DevTools' isolated world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContentScript } from './content-world';
import { connectWithDeveloperToken, launch, stopServiceWorker, wakeServiceWorker, type Harness } from './harness';

/** Each area's `get(null)` and a `set` of a forged record, as the content script's world sees them. */
const PROBE = `(async () => {
  const out = {};
  for (const name of ['local', 'sync']) {
    const area = chrome.storage?.[name];
    const attempt = async (what) => { try { return 'allowed: ' + JSON.stringify(await what()); } catch (e) { return 'refused: ' + e.message; } };
    out[name + 'Read'] = await attempt(() => area.get(null));
    out[name + 'Write'] = await attempt(() => area.set({ planted: 'by the content-script world' }));
  }
  return out;
})()`;

/** What the worker itself sees in both areas. */
async function workerView(h: Harness): Promise<string> {
  return h.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));
}

describe('storage.local and storage.sync are closed to the content-script world', () => {
  let h: Harness;
  let box: Page;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
    // Something worth stealing in each area: a recent signer, a setting.
    await h.worker.evaluate(() =>
      Promise.all([chrome.storage.local.set({ recentSigners: ['ada@example.com'] }), chrome.storage.sync.set({ settings: { version: 1, defaultMethod: 'password' } })]),
    );
    box = await h.context.newPage();
    await box.goto('https://app.box.com/file/1000000001');
  });
  afterAll(async () => h?.close());

  it('refuses reads and writes of both areas there, and nothing is planted', async () => {
    const probe = (await inContentScript(box, PROBE)) as Record<string, string>;
    expect(probe).toEqual({
      localRead: expect.stringMatching(/^refused/),
      localWrite: expect.stringMatching(/^refused/),
      syncRead: expect.stringMatching(/^refused/),
      syncWrite: expect.stringMatching(/^refused/),
    });
    const seen = await workerView(h);
    expect(seen).toContain('ada@example.com'); // the worker still reads both areas
    expect(seen).toContain('"defaultMethod":"password"');
    expect(seen).not.toContain('planted');
  });

  it('stays refused after the worker stopped, on a Box tab opened meanwhile', async () => {
    await stopServiceWorker(h);
    const fresh = await h.context.newPage();
    await fresh.goto('https://acme.app.box.com/file/1000000001');
    const probe = (await inContentScript(fresh, PROBE)) as Record<string, string>;
    expect(Object.values(probe).every((line) => line.startsWith('refused'))).toBe(true);
    await wakeServiceWorker(h);
    expect(await workerView(h)).not.toContain('planted');
    await fresh.close();
  });
});
