// The extension's own pages in real headless Firefox: the options page connects, and the popup's real
// form sends, through runtime messaging and the background's real sender check (no test bridge in
// the path of the send). WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the bridge
// only asks the extension to open its page in a tab; the test then drives that page like a user: real
// key presses and clicks. The popup's tab stays in the background, so the Box tab is still the active
// one, as while the toolbar popup is open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { signRequestPosts } from '../e2e/harness';
import { clickNamed, launchFirefox, openBoxPage, openExtensionPage, typeInto, waitForText, type FirefoxHarness } from './harness';

const FILE = { id: '1000000001', name: 'NDA - Acme.pdf' };

describe('Firefox: the popup and options pages', () => {
  let h: FirefoxHarness;
  let box: Page;
  beforeAll(async () => {
    h = await launchFirefox();
    box = await openBoxPage(h, `https://acme.app.box.com/file/${FILE.id}`);
  }, 90_000);
  afterAll(async () => h?.close());

  it('connects on the options page, then the popup form sends for signature with an SMS code', async () => {
    const options = await openExtensionPage(h, box, 'src/options/index.html');
    await typeInto(options, 'Developer token', h.emulator.issueDeveloperToken());
    await clickNamed(options, 'Use token');
    await waitForText(options, 'Ada Lovelace');
    await options.close();

    h.emulator.clearRequests();
    await box.bringToFront(); // the Box tab is the one the popup asks for its files
    const popup = await openExtensionPage(h, box, 'src/popup/index.html', true);
    await waitForText(popup, FILE.name); // the file of the Box tab, asked of the content script
    await typeInto(popup, 'Signer email', 'signer@example.org');
    await clickNamed(popup, 'SMS code');
    await typeInto(popup, 'Phone number', '(415) 555-2671');
    await clickNamed(popup, 'Send for signature');
    await popup.waitForFunction(`/Preparing the document|Sent to the signer/.test(document.body.innerText)`, { timeout: 20_000 });

    const posts = signRequestPosts(h.emulator);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      source_files: [{ id: FILE.id, type: 'file' }],
      signers: [{ email: 'signer@example.org', role: 'signer', verification_phone_number: '+14155552671' }],
      external_id: expect.stringMatching(/^secure-sign-[0-9a-f-]{36}$/),
    });
  }, 90_000);
});
