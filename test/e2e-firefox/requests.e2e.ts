// "All requests" in real headless Firefox (issue 14): requests made in Box's web app, not by this
// extension, are listed signer by signer: a declined signer with Box's reason, a signer who viewed but
// has not signed, the signed document's link. The page is the extension's own, opened by the extension
// in a tab (WebDriver BiDi cannot navigate to moz-extension:// URLs; see firefox-ui.e2e.ts), and driven
// with real key presses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { NDA, seedWebAppRequests } from '../e2e/requests-seed';
import { bridge, launchFirefox, openBoxPage, openExtensionPage, waitForText, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let page: Page;
let ids: Record<string, string> = {};

// Run in the page: strings, not functions (the test runner's transform would add helpers the page lacks).
const NAMES = `[...document.querySelectorAll('.request-name')].map((el) => el.textContent.trim()).join(' | ')`;
/** The row (li.request) of the request named `name`, as a selector-free expression. */
const rowOf = (name: string) => `[...document.querySelectorAll('li.request')].find((li) => li.querySelector('.request-name')?.textContent.trim() === ${JSON.stringify(name)})`;

async function expand(p: Page, name: string): Promise<void> {
  await p.evaluate(`${rowOf(name)}.querySelector('summary').click()`);
}

async function rowText(p: Page, name: string): Promise<string> {
  return String(await p.evaluate(`${rowOf(name)}.innerText`));
}

beforeAll(async () => {
  h = await launchFirefox();
  const box = await openBoxPage(h, `https://acme.app.box.com/file/${NDA}`);
  const connected = await bridge<{ ok: boolean }>(box, 'call', { type: 'connectDeveloperToken', data: { token: h.emulator.issueDeveloperToken() } });
  expect(connected.ok).toBe(true);
  ids = seedWebAppRequests(h.emulator);
  page = await openExtensionPage(h, box, 'src/requests/index.html');
  await waitForText(page, 'All requests');
  await waitForText(page, '3 of 3 requests', 20_000);
}, 90_000);
afterAll(async () => h?.close());

describe('Firefox: All requests', () => {
  it('lists the requests made elsewhere, newest first, from one paged walk', async () => {
    expect(await page.evaluate(NAMES)).toBe('Pricing sign-off | NDA - Acme | Offer letter - Grace');
    const walks = h.emulator.requests.filter((r) => r.method === 'GET' && r.path === '/2.0/sign_requests');
    expect(walks.map((r) => r.query['limit'])).toEqual(['1000']);
  });

  it('shows a declined signer with the reason, a viewed-but-unsigned signer and the signed document', async () => {
    await expand(page, 'Offer letter - Grace');
    await page.waitForFunction(`${rowOf('Offer letter - Grace')}.innerText.includes('Reason: The start date is wrong')`, { timeout: 10_000 });

    expect(await page.evaluate(`${rowOf('NDA - Acme')}.querySelector('[role="img"]').getAttribute('aria-label')`)).toBe('0 of 2 signed, 1 viewed, 1 waiting');
    await expand(page, 'NDA - Acme');
    await page.waitForFunction(`${rowOf('NDA - Acme')}.innerText.includes('Viewed, not signed yet')`, { timeout: 10_000 });
    expect(await rowText(page, 'NDA - Acme')).toContain('SMS code');

    await expand(page, 'Pricing sign-off');
    const box = h.emulator.signRequests().find((r) => (r as { id: string }).id === ids['pricing']) as { sign_files: { files: { id: string }[] } };
    const href = await page.evaluate(`[...${rowOf('Pricing sign-off')}.querySelectorAll('a')].find((a) => a.textContent.startsWith('Signed: '))?.getAttribute('href') ?? null`);
    expect(href).toBe(`https://app.box.com/file/${box.sign_files.files[0]!.id}`);
  });

  it('filters by keyboard: "Needs attention" keeps the declined request', async () => {
    const focused = await page.evaluate(`(() => {
      const button = [...document.querySelectorAll('button')].find((b) => /^Needs attention/.test(b.textContent.trim()));
      button?.focus();
      return document.activeElement === button;
    })()`);
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(`${JSON.stringify('Offer letter - Grace')} === ${NAMES}`, { timeout: 10_000 });
    expect(await page.evaluate(`document.activeElement.getAttribute('aria-pressed')`)).toBe('true');
  });
});
