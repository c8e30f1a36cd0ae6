import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.ts';
import { CONTRACTS, NDA, call } from './test-client.test-helpers.ts';

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());

describe('app.box.com pages', () => {
  it('folder page: list rows with data-resin ids, item links and checkboxes', async () => {
    const res = await call(em, { host: 'app.box.com', path: `/folder/${CONTRACTS}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const t = res.text;
    expect(t).toContain('class="files-list"');
    expect(t).toMatch(new RegExp(`<div class="ReactVirtualized__Table__row table-row" data-testid="ListViewTableRow-\\d+" data-item-index="\\d+" role="row"[^>]*data-resin-file_id="${NDA}"`));
    expect(t).toContain(`<a data-resin-target="openfile" class="item-link item-link " href="/file/${NDA}">NDA - Acme.pdf</a>`);
    expect(t).toMatch(/data-resin-folder_id="111111112"/);
    expect(t).toContain('href="/notes/1000000004"');
    expect((t.match(/name="select-checkbox"/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(t).toContain('history.pushState');
  });

  it('file preview page on app.box.com and company subdomains', async () => {
    for (const host of ['app.box.com', 'acme.app.box.com', 'acme.ent.box.com']) {
      const res = await call(em, { host, path: `/file/${NDA}` });
      expect(res.status, host).toBe(200);
      expect(res.text).toContain('<title>NDA - Acme.pdf | Powered by Box</title>');
      expect(res.text).toContain('class="bp-content"');
      expect(res.text).toContain(`data-resin-fileid="${NDA}"`);
      expect(res.text).toContain('data-resin-fileextension="pdf"');
    }
  });

  it('escapes names', async () => {
    em.addFile({ id: '3000000001', name: '<img src=x onerror=alert(1)>.pdf', parentFolderId: CONTRACTS });
    const file = await call(em, { host: 'app.box.com', path: '/file/3000000001' });
    expect(file.text).not.toContain('<img src=x');
    expect(file.text).toContain('&lt;img src=x onerror=alert(1)&gt;.pdf');
    const folder = await call(em, { host: 'app.box.com', path: `/folder/${CONTRACTS}` });
    expect(folder.text).not.toContain('<img src=x');
  });

  it('unknown file or folder gives a Box-like 404 page', async () => {
    const res = await call(em, { host: 'app.box.com', path: '/file/999' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page Not Found');
    expect((await call(em, { host: 'app.box.com', path: '/folder/999' })).status).toBe(404);
  });

  it('seed: false starts empty except the root', async () => {
    const bare = await startEmulator({ seed: false });
    expect((await call(bare, { host: 'app.box.com', path: `/file/${NDA}` })).status).toBe(404);
    expect((await call(bare, { host: 'app.box.com', path: '/folder/0' })).status).toBe(200);
    await bare.close();
  });
});
