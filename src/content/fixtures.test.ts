// Detection on each Box fixture page, end to end through watchPage().snapshot().
import { afterEach, describe, expect, it } from 'vitest';
import { PageFilesSchema } from '../shared/messages';
import { openFixture, type FixturePage } from './fixture-page.test-helpers';
import { watchPage } from './watch-page';

let page: FixturePage | undefined;
const controller = () => new AbortController();
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function detect(name: string) {
  page = openFixture(name);
  const files = watchPage(page.win, controller().signal).snapshot();
  // Whatever the page holds, the answer must pass the protocol schema the popup checks.
  expect(PageFilesSchema.safeParse(files).success).toBe(true);
  return files;
}

describe('fixtures', () => {
  it('folder list: selected files first (any selection signal), then listed files; refuses the selected folder', () => {
    const result = detect('folder-list.html');
    expect(result.files).toEqual([
      { id: '1519554536417', name: 'NDA - Acme.pdf', source: 'selected' },
      { id: '1000000000003', name: 'Price list {2025}.xlsx', source: 'selected' },
      { id: '1536173056065', name: 'Offer letter.docx', source: 'listed' },
      { id: '1000000000006', name: 'Logo.png', source: 'listed' },
    ]);
    expect(result.folder).toEqual({ id: '362946683803', name: null });
    expect(result.notSignable).toEqual([
      { type: 'folder', id: '158256998235', name: 'Contracts', reason: expect.stringContaining('Folders') },
    ]);
    // Quick-search links and the Box Note / bookmark rows are not files to sign.
    const ids = result.files.map((f) => f.id);
    expect(ids).not.toContain('888888888888');
    expect(ids).not.toContain('1000000000004');
    expect(result.sharedLink).toBeNull();
    expect(result.unresolved).toBeNull();
  });

  it('folder grid: the selected card, then the other file card; folders are not files', () => {
    const result = detect('folder-grid.html');
    expect(result.files).toEqual([
      { id: '700000000001', name: 'Q3 report.pdf', source: 'selected' },
      { id: '700000000002', name: 'Budget.xlsx', source: 'listed' },
    ]);
    expect(result.folder).toEqual({ id: '700000000000', name: null });
  });

  it('file preview: the file of the URL, not the version ID in ?sb=', () => {
    const result = detect('file-preview.html');
    expect(result.files).toEqual([{ id: '787813783402', name: null, source: 'preview' }]);
    expect(result.pageUrl).toBe('https://app.box.com/file/787813783402?sb=/details/versions/1640000000001');
  });

  it('shared file link: resolved from Box.postStreamData, with its name and share', () => {
    const result = detect('shared-file.html');
    expect(result.files).toEqual([{ id: '510727257538', name: 'Course syllabus "2025" {draft}.pdf', source: 'preview' }]);
    expect(result.sharedLink).toBe('https://utexas.app.box.com/s/2x6vanv85fdl8j2eqlcxmv0gp1wvps6e');
    expect(result.unresolved).toBeNull();
  });

  it('shared folder (vanity) link: a folder, its rows, and the files only the bootstrap data lists', () => {
    const result = detect('shared-folder.html');
    expect(result.folder).toEqual({ id: '36938765345', name: 'ChestXray-NIHCC' });
    expect(result.files).toEqual([
      { id: '220660789610', name: 'README_CHESTXRAY.pdf', source: 'listed' },
      { id: '219760887468', name: 'Data_Entry_2017.csv', source: 'listed' },
      { id: '220661032226', name: 'LOG_CHESTXRAY.pdf', source: 'listed' },
    ]);
    expect(result.sharedLink).toBe('https://nihcc.app.box.com/v/ChestXray-NIHCC');
    expect(result.unresolved).toBeNull();
  });

  it('enterprise host, file inside a shared link', () => {
    const result = detect('enterprise-shared-file.html');
    expect(result.files).toEqual([{ id: '1536173056065', name: null, source: 'preview' }]);
    expect(result.sharedLink).toBe('https://thejacksonlaboratory.ent.box.com/s/2x09abcdefghijklmnopqrstuvwxyz01');
  });

  it('custom domain, bare shared link without data: reported unresolved for the background', () => {
    const result = detect('custom-domain-shared.html');
    expect(result.files).toEqual([]);
    expect(result.unresolved).toEqual({ sharedLink: 'https://uwmadison.box.com/s/nw8fxyzxyzxyzxyzxyzxyzxyzxyzxyz0' });
  });

  it('Box Note: recognised and refused with a reason', () => {
    const result = detect('box-note.html');
    expect(result.files).toEqual([]);
    expect(result.notSignable).toEqual([
      { type: 'note', id: '819798134709', name: null, reason: expect.stringContaining('Box Notes') },
    ]);
  });

  it('a page with no file', () => {
    const result = detect('no-file.html');
    expect(result.files).toEqual([]);
    expect(result.notSignable).toEqual([]);
    expect(result.folder).toEqual({ id: '0', name: null });
    expect(result.omitted).toBe(0);
  });
});
