// Hostile input: a Box page's own scripts and the content-script context must not be able to
// make the background act, nor read the tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContentScript } from './content-world';
import { connectWithDeveloperToken, launch, signRequestPosts, type Harness } from './harness';

describe('hostile pages and content scripts', () => {
  let h: Harness;
  let box: Page;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
    box = await h.context.newPage();
    await box.goto('https://app.box.com/file/1000000001');
  });
  afterAll(async () => h?.close());

  it('a message forged in the content-script world gets no answer and changes nothing', async () => {
    h.emulator.clearRequests();
    const replies = await inContentScript(
      box,
      `Promise.all([
        chrome.runtime.sendMessage({ type: 'getAuthState', data: {} }).then((r) => r ?? null, (e) => 'error: ' + e.message),
        chrome.runtime.sendMessage({ type: 'disconnect', data: {} }).then((r) => r ?? null, (e) => 'error: ' + e.message),
        chrome.runtime.sendMessage({ type: 'getFile', data: { fileId: '1000000001' } }).then((r) => r ?? null, (e) => 'error: ' + e.message),
      ])`,
    );
    // No envelope came back: the background refused the sender before reading the payload.
    expect(JSON.stringify(replies)).not.toContain('"ok"');
    expect(h.emulator.requests.filter((r) => r.host === 'api.box.com')).toEqual([]);
    expect(signRequestPosts(h.emulator)).toEqual([]);
    // Still connected: the forged disconnect did nothing.
    const state = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(state).toContain('auth.session');
  });

  it('the content-script world cannot read the access token, and storage.local holds no secret in clear', async () => {
    const session = await inContentScript(box, `chrome.storage.session.get(null).then((v) => JSON.stringify(v), (e) => 'denied: ' + e.message)`);
    expect(String(session)).toMatch(/^denied|threw/);
    const local = String(await inContentScript(box, `chrome.storage.local.get(null).then((v) => JSON.stringify(v))`));
    const token = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get('auth.session')));
    const accessToken = /"accessToken":"([^"]+)"/.exec(token)?.[1];
    expect(accessToken).toBeTruthy();
    expect(local).not.toContain(accessToken!);
  });

  it("a Box page's own script has no channel to the extension", async () => {
    const seen = await box.evaluate(() => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(seen).toBe('undefined');
    // The content script ignores window messages entirely.
    await box.evaluate(() => window.postMessage({ type: 'sendSignRequest', data: {} }, '*'));
    await box.waitForTimeout(200);
    expect(signRequestPosts(h.emulator)).toEqual([]);
  });
});
