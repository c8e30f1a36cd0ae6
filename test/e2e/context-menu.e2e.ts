// The context menu opens the sending UI with the clicked file chosen, and sends nothing.
// Headless Chromium cannot click native menus, so the e2e build exposes the click handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWithDeveloperToken, DIST_E2E, launch, signRequestPosts, type Harness } from './harness';

declare const secureSignE2E: { onMenuClicked(click: { menuItemId: string; linkUrl?: string; pageUrl?: string }): Promise<void> };

describe('context menu', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ dist: DIST_E2E });
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());

  it('"Send for secure signature…" on a file link opens the sending UI with that file, and sends nothing', async () => {
    const folder = await h.context.newPage();
    await folder.goto('https://app.box.com/folder/111111111');
    await folder.bringToFront();
    h.emulator.clearRequests();
    const linkUrl = await folder.locator('a.item-link[href="/file/1000000002"]').evaluate((a) => (a as HTMLAnchorElement).href);
    await h.worker.evaluate((click) => secureSignE2E.onMenuClicked(click), { menuItemId: 'send-file-link', linkUrl, pageUrl: folder.url() });

    // The UI opened (as the toolbar popup, which Playwright cannot attach to) and looked up exactly that file.
    await expect.poll(() => h.emulator.requests.some((r) => r.path === '/2.0/files/1000000002'), { timeout: 10_000 }).toBe(true);
    const contexts = await h.worker.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => `${c.contextType} ${c.documentUrl ?? ''}`));
    expect(contexts.some((c) => /^POPUP .*src\/popup\/index\.html/.test(c))).toBe(true);
    expect(h.emulator.requests.some((r) => r.path === '/2.0/files/1000000001')).toBe(false);
    expect(signRequestPosts(h.emulator)).toEqual([]);
    await folder.close();
  });

  it('ignores a click on a link that is not a Box file', async () => {
    h.emulator.clearRequests();
    await h.worker.evaluate((click) => secureSignE2E.onMenuClicked(click), { menuItemId: 'send-file-link', linkUrl: 'https://app.box.com/file/not-a-number', pageUrl: 'https://app.box.com/folder/111111111' });
    await new Promise((r) => setTimeout(r, 500));
    expect(h.emulator.requests.filter((r) => r.path.startsWith('/2.0/files/'))).toEqual([]);
  });
});
