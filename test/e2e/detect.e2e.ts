// Detection end to end: what the user selected or navigated to in Box is what the sending UI offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEEDED_SHARES } from '../../emulator/index';
import { connectWithDeveloperToken, launch, openSendingWindow, signRequestPosts, type Harness } from './harness';

describe('detecting the files the user means', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());

  async function boxTab(url: string): Promise<Page> {
    const page = await h.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  it('offers the two files selected in a folder view, and sends both', async () => {
    const folder = await boxTab('https://app.box.com/folder/111111111');
    await folder.getByRole('checkbox', { name: 'Select NDA - Acme.pdf' }).check();
    await folder.getByRole('checkbox', { name: 'Select Offer letter.docx' }).check();

    const ui = await openSendingWindow(h);
    await expect.poll(() => ui.getByRole('checkbox', { name: 'NDA - Acme.pdf' }).isChecked()).toBe(true);
    await expect.poll(() => ui.getByRole('checkbox', { name: 'Offer letter.docx' }).isChecked()).toBe(true);
    expect(await ui.getByRole('checkbox', { name: 'Read-only policy.pdf' }).isChecked()).toBe(false);

    h.emulator.clearRequests();
    await ui.getByLabel('Signer email').fill('legal@example.org');
    await ui.getByRole('radio', { name: /SMS/ }).check();
    await ui.getByLabel('Phone number').fill('+1 415 555 2671');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText(/Preparing the document|Sent to the signer/).first().waitFor();
    expect(signRequestPosts(h.emulator)[0]).toMatchObject({
      source_files: [
        { id: '1000000001', type: 'file' },
        { id: '1000000002', type: 'file' },
      ],
    });
    await ui.close();
    await folder.close();
  });

  it('follows Box navigating without a reload: a file opened from the folder list is offered', async () => {
    const folder = await boxTab('https://app.box.com/folder/111111111');
    await folder.locator('a.item-link[href="/file/1000000002"]').click();
    await folder.waitForURL(/\/file\/1000000002$/);
    const ui = await openSendingWindow(h);
    await ui.getByText('Offer letter.docx').first().waitFor();
    await ui.close();
    await folder.close();
  });

  it('a shared link whose page names its file offers that file, looked up through the link', async () => {
    h.emulator.clearRequests();
    const share = await boxTab(SEEDED_SHARES.vendorMsa.url);
    const ui = await openSendingWindow(h);
    await ui.getByText('Vendor MSA.pdf').first().waitFor();
    const lookup = () => h.emulator.requests.find((r) => r.path === `/2.0/files/${SEEDED_SHARES.vendorMsa.itemId}`);
    await expect.poll(() => lookup()?.headers['boxapi']).toBe(`shared_link=${SEEDED_SHARES.vendorMsa.url}`);
    await ui.close();
    await share.close();
  });

  it('a bare shared link is resolved by the background through Box', async () => {
    h.emulator.clearRequests();
    const share = await boxTab(SEEDED_SHARES.noPageData.url);
    const ui = await openSendingWindow(h);
    await ui.getByText('Statement of Work.pdf').first().waitFor();
    expect(h.emulator.requests.some((r) => r.path === '/2.0/shared_items')).toBe(true);
    await ui.close();
    await share.close();
  });
});
