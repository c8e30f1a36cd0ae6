// "All requests" end to end: the built extension in headless Chromium against the Box emulator. Requests
// made in Box's web app (not by this extension) are all listed, signer by signer: a declined signer's
// reason, a signer who viewed but has not signed, the signed document and signing log links. Filters and
// search work from the keyboard, and axe finds nothing in the light or dark colour scheme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { connectWithDeveloperToken, launch, type Harness } from './harness';
import { DAY, NDA, seedWebAppRequests } from './requests-seed';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;
let page: Page;
let ids: Record<string, string> = {};

/** The shared web-app requests, plus one expiring soon and twenty routine ones (a list to filter and page). */
function seedRequests(): void {
  const em = h.emulator;
  ids = seedWebAppRequests(em, (more) => {
    more['expiring'] = em.addWebAppRequest({ fileIds: [NDA], name: 'Lease renewal', signers: [{ email: 'dana@example.org' }], daysValid: 8, ageMs: 5 * DAY });
    for (let i = 0; i < 20; i++) em.addWebAppRequest({ fileIds: [NDA], name: `Routine form ${i}`, signers: [{ email: `person${i}@example.org` }], ageMs: (10 + i) * DAY });
  });
}

async function expectNoAxeViolations(p: Page): Promise<void> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme });
    const results = (await p.evaluate(
      () => (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      }),
    )) as AxeResults;
    for (const v of results.violations) found.push(`${colorScheme} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await p.emulateMedia({ colorScheme: 'light' });
  expect(found).toEqual([]);
}

const names = (p: Page) => p.locator('.request-name').allTextContents();
const row = (p: Page, name: string) => p.locator('li.request', { has: p.locator('.request-name', { hasText: name }) });

beforeAll(async () => {
  h = await launch();
  await connectWithDeveloperToken(h);
  seedRequests();
  page = await h.context.newPage();
  await page.goto(h.url('src/requests/index.html'));
  await page.getByRole('heading', { name: 'All requests' }).waitFor();
  await page.getByText('24 of 24 requests').waitFor();
});
afterAll(() => h?.close());

describe('All requests', () => {
  it('lists every request Box has for the user, newest first, from one paged walk', async () => {
    const shown = await names(page);
    expect(shown.slice(0, 4)).toEqual(['Pricing sign-off', 'NDA - Acme', 'Offer letter - Grace', 'Lease renewal']);
    expect(shown).toHaveLength(24);
    const walks = h.emulator.requests.filter((r) => r.method === 'GET' && r.path === '/2.0/sign_requests');
    expect(walks.map((r) => r.query['limit'])).toEqual(['1000']);
    await expect(page.getByText(/Last refreshed/).textContent()).resolves.toBeTruthy();
  });

  it('shows a declined signer with the reason, a viewed-but-unsigned signer and the signed documents', async () => {
    const offer = row(page, 'Offer letter - Grace');
    await offer.locator('summary').click();
    await offer.getByText('Reason: The start date is wrong').waitFor();
    const nda = row(page, 'NDA - Acme');
    await expect(nda.getByRole('img').getAttribute('aria-label')).resolves.toBe('0 of 2 signed, 1 viewed, 1 waiting');
    await nda.locator('summary').click();
    await nda.getByRole('row', { name: /alan@example\.org/ }).getByText('Viewed, not signed yet').waitFor();
    expect(await nda.getByRole('row', { name: /alan@example\.org/ }).getByText('SMS code').count()).toBe(1);
    const pricing = row(page, 'Pricing sign-off');
    await pricing.locator('summary').click();
    const signed = pricing.getByRole('link', { name: /^Signed: / });
    const box = h.emulator.signRequests().find((r) => (r as { id: string }).id === ids['pricing']) as { sign_files: { files: { id: string }[] }; signing_log: { id: string } };
    await expect(signed.getAttribute('href')).resolves.toBe(`https://app.box.com/file/${box.sign_files.files[0]!.id}`);
    await expect(pricing.getByRole('link', { name: 'Signing log' }).getAttribute('href')).resolves.toBe(`https://app.box.com/file/${box.signing_log.id}`);
    await expectNoAxeViolations(page);
  });

  it('filters and searches from the keyboard', async () => {
    const attention = page.getByRole('button', { name: /Needs attention/ });
    await attention.focus();
    await page.keyboard.press('Enter');
    await expect(attention.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await names(page)).toEqual(['Offer letter - Grace', 'Lease renewal']);
    await expect(row(page, 'Lease renewal').getByText('expires in 3 days').count()).resolves.toBe(1);
    await page.keyboard.press('Shift+Tab'); // back to "All"
    await page.keyboard.press('Space');
    await page.getByLabel('Search').focus();
    await page.keyboard.type('barbara');
    await page.getByText('1 of 24 requests').waitFor();
    expect(await names(page)).toEqual(['NDA - Acme']);
    await page.keyboard.press('Tab'); // the sort
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Sort').selectOption('name');
    expect((await names(page))[0]).toBe('Lease renewal');
    await expectNoAxeViolations(page);
  });
});
