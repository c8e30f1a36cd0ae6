import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_SHARES, startEmulator, type Emulator } from './index.ts';
import { call, type Res } from './test-client.test-helpers.ts';

const { offerLetter, vendorMsa, vendorFolder, noPageData, passwordProtected } = SEEDED_SHARES;

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());

const get = (url: string): Promise<Res> => {
  const u = new URL(url);
  return call(em, { host: u.hostname, path: u.pathname + u.search });
};

/** The page's inline scripts, in order. */
const scripts = (res: Res): string[] => [...res.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

/** `Box.postStreamData = {…};` as scrapers read it: a script of its own, the page's last. */
function streamData(res: Res): Record<string, any> | null {
  const last = scripts(res).at(-1) ?? '';
  const m = /^Box\.postStreamData = (\{.*\});$/s.exec(last);
  return m ? JSON.parse(m[1] ?? '') : null;
}

describe('shared-link pages', () => {
  it('file share: preview page with the shared-item and item bootstrap entries', async () => {
    const res = await get(vendorMsa.url);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Vendor MSA.pdf | Powered by Box</title>');
    expect(res.text).toContain(`data-resin-fileid="${vendorMsa.itemId}"`);
    expect(scripts(res).some((s) => /Box\.config = \{"requestToken":"[0-9a-f]{64}"/.test(s))).toBe(true);
    const data = streamData(res);
    expect(data?.['/app-api/enduserapp/shared-item']).toEqual({ itemType: 'file', itemID: Number(vendorMsa.itemId), sharedName: vendorMsa.token });
    expect(data?.[`/app-api/enduserapp/item/f_${vendorMsa.itemId}`]).toMatchObject({ typedID: `f_${vendorMsa.itemId}`, name: 'Vendor MSA.pdf', type: 'file' });
    expect(data).not.toHaveProperty('/app-api/enduserapp/shared-folder');
  });

  it('the same page on app.box.com, a company subdomain and an ent host; vanity form too', async () => {
    for (const url of [`https://app.box.com/s/${vendorMsa.token}`, `https://acme.app.box.com/s/${vendorMsa.token}/`,
      `https://acme.ent.box.com/s/${vendorMsa.token}`, vendorMsa.vanityUrl, 'https://app.box.com/v/vendor-msa',
      `https://app.box.com/embed/s/${vendorMsa.token}?view=list`]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(streamData(res)?.['/app-api/enduserapp/shared-item']?.itemID, url).toBe(Number(vendorMsa.itemId));
    }
  });

  it('a demo-owned shared file works the same', async () => {
    const data = streamData(await get(offerLetter.url));
    expect(data?.['/app-api/enduserapp/shared-item']).toMatchObject({ itemType: 'file', itemID: Number(offerLetter.itemId) });
  });

  it('folder share: rows like folder pages with hrefs inside the share, plus the shared-folder entry', async () => {
    const res = await get(vendorFolder.url);
    expect(res.status).toBe(200);
    const t = res.text;
    const base = `/s/${vendorFolder.token}`;
    const w9 = vendorFolder.files['W-9 form.pdf'];
    expect(t).toMatch(new RegExp(`<div class="ReactVirtualized__Table__row table-row" data-testid="ListViewTableRow-\\d+" data-item-index="\\d+" role="row"[^>]*data-resin-file_id="${w9}"`));
    expect(t).toContain(`<a data-resin-target="openfile" class="item-link item-link " href="${base}/file/${w9}">W-9 form.pdf</a>`);
    expect(t).toContain(`<a data-resin-folder_id="${vendorFolder.folders.Signed}" data-resin-target="openfolder" class="item-link item-link " href="${base}/folder/${vendorFolder.folders.Signed}">Signed</a>`);
    const data = streamData(res);
    expect(data?.['/app-api/enduserapp/shared-item']).toEqual({ itemType: 'folder', itemID: Number(vendorFolder.itemId), sharedName: vendorFolder.token });
    const folder = data?.['/app-api/enduserapp/shared-folder'];
    expect(folder).toMatchObject({ currentFolderID: Number(vendorFolder.itemId), currentFolderName: 'Vendor onboarding', pageCount: 1, folderItemCount: 4 });
    expect(folder.items.map((i: { typedID: string }) => i.typedID)).toEqual([
      `d_${vendorFolder.folders.Signed}`, `f_${vendorFolder.files['Bank details.xlsx']}`,
      `f_${vendorFolder.files['Insurance certificate.pdf']}`, `f_${w9}`,
    ]);
    expect(folder.items[3]).toMatchObject({ type: 'file', itemID: Number(w9), id: Number(w9), name: 'W-9 form.pdf', parentFolderID: Number(vendorFolder.itemId) });
  });

  it('vanity folder pages keep the /v/ form in their hrefs; subfolders and files within the share', async () => {
    const res = await get(vendorFolder.vanityUrl);
    expect(res.text).toContain(`href="/v/vendor-onboarding/folder/${vendorFolder.folders.Signed}"`);
    const sub = await get(`https://vendor.app.box.com/v/vendor-onboarding/folder/${vendorFolder.folders.Signed}`);
    expect(sub.status).toBe(200);
    const folder = streamData(sub)?.['/app-api/enduserapp/shared-folder'];
    expect(folder).toMatchObject({ currentFolderID: Number(vendorFolder.folders.Signed), currentFolderName: 'Signed' });
    const checklist = vendorFolder.files['Onboarding checklist.docx'];
    expect(sub.text).toContain(`href="/v/vendor-onboarding/file/${checklist}"`);
    const file = await get(`https://vendor.app.box.com/s/${vendorFolder.token}/file/${checklist}`);
    expect(file.status).toBe(200);
    expect(file.text).toContain(`data-resin-fileid="${checklist}"`);
    const data = streamData(file);
    expect(data?.['/app-api/enduserapp/shared-item']).toMatchObject({ itemType: 'folder', itemID: Number(vendorFolder.itemId) });
    expect(data?.[`/app-api/enduserapp/item/f_${checklist}`]).toMatchObject({ name: 'Onboarding checklist.docx' });
  });

  it('items outside the share are not served under it', async () => {
    expect((await get(`https://app.box.com/s/${vendorFolder.token}/file/${vendorMsa.itemId}`)).status).toBe(404);
    expect((await get(`https://app.box.com/s/${vendorMsa.token}/folder/${vendorFolder.itemId}`)).status).toBe(404);
  });

  it('pages 20 items at a time with ?page=N', async () => {
    em.addFolder({ id: '5000000000', name: 'Big', parentFolderId: '0' });
    for (let i = 0; i < 25; i++) em.addFile({ id: String(5000000001 + i), name: `doc ${String(i).padStart(2, '0')}.pdf`, parentFolderId: '5000000000' });
    const link = em.addSharedLink({ type: 'folder', id: '5000000000' });
    const first = streamData(await get(link.url))?.['/app-api/enduserapp/shared-folder'];
    expect(first).toMatchObject({ pageCount: 2, folderItemCount: 25 });
    expect(first.items).toHaveLength(20);
    const second = await get(`${link.url}?page=2`);
    expect(streamData(second)?.['/app-api/enduserapp/shared-folder'].items).toHaveLength(5);
    expect(second.text).toContain('data-item-index="20"');
  });

  it('pageData: false → no bootstrap data and no item id in the HTML', async () => {
    const res = await get(noPageData.url);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('postStreamData');
    expect(res.text).not.toContain(noPageData.itemId);
    expect(res.text).not.toContain('Statement of Work');
  });

  it('unknown links → the "removed or unavailable" page (404)', async () => {
    for (const url of ['https://app.box.com/s/00000000000000000000000000000000', 'https://app.box.com/v/nothing-here']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.text).toContain('This shared file or folder link has been removed or is unavailable to you.');
      expect(res.text).not.toContain('postStreamData');
    }
  });

  it('company-only links of another company → unavailable page', async () => {
    em.addFile({ id: '5100000001', name: 'Company only.pdf', ownedByOther: true });
    const link = em.addSharedLink({ type: 'file', id: '5100000001' }, { access: 'company' });
    expect((await get(link.url)).status).toBe(404);
  });

  it('password-protected links ask for the password before showing data', async () => {
    const ask = await get(passwordProtected.url);
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('type="password"');
    expect(ask.text).not.toContain('postStreamData');
    const wrong = await call(em, { method: 'POST', host: 'vendor.app.box.com', path: `/s/${passwordProtected.token}`, form: { password: 'nope' } });
    expect(wrong.text).toContain('Incorrect password');
    const right = await call(em, { method: 'POST', host: 'vendor.app.box.com', path: `/s/${passwordProtected.token}`, form: { password: 'letmein' } });
    expect(streamData(right)?.['/app-api/enduserapp/shared-item']).toMatchObject({ itemID: Number(passwordProtected.itemId) });
  });

  it('another user\'s file or folder is not found at /file/<id> or /folder/<id>, but /file/<id>?s=<token> works', async () => {
    expect((await get(`https://app.box.com/file/${vendorMsa.itemId}`)).status).toBe(404);
    expect((await get(`https://app.box.com/folder/${vendorFolder.itemId}`)).status).toBe(404);
    const withToken = await get(`https://app.box.com/file/${vendorMsa.itemId}?s=${vendorMsa.token}`);
    expect(withToken.status).toBe(200);
    expect(withToken.text).toContain(`data-resin-fileid="${vendorMsa.itemId}"`);
    const root = await get('https://app.box.com/folder/0');
    expect(root.text).not.toContain(vendorFolder.name);
    expect(root.text).not.toContain('Vendor MSA.pdf');
  });

  it('the Chromium host rules cover company subdomains, where seeded links live', () => {
    expect(new URL(vendorMsa.url).hostname).toBe('vendor.app.box.com');
    expect(em.hostResolverRules).toContain(`MAP *.app.box.com 127.0.0.1:${em.port}`);
  });

  it('escapes names in rows and in the bootstrap script', async () => {
    em.addFile({ id: '5200000001', name: '</script><img src=x onerror=alert(1)>.pdf', ownedByOther: true });
    const link = em.addSharedLink({ type: 'file', id: '5200000001' });
    const res = await get(link.url);
    expect(res.text).not.toContain('<img src=x');
    expect(streamData(res)?.['/app-api/enduserapp/item/f_5200000001'].name).toBe('</script><img src=x onerror=alert(1)>.pdf');
  });
});
