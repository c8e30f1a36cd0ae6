import { describe, expect, it } from 'vitest';
import { ItemMemory } from './item-memory';
import { LISTED_MAX, pageFiles, type PageInput } from './page-files';
import type { ListItem } from './read-item';

const file = (id: string, selected = false, index: number | null = null): ListItem => ({ type: 'file', id, name: `${id}.pdf`, selected, index });

function input(href: string, items: ListItem[] = [], extra: Partial<PageInput> = {}): PageInput {
  const memory = new ItemMemory();
  items.forEach((item) => memory.remember(item));
  return { href, loadHref: href, memory, streamData: () => null, previewFileId: () => null, ...extra };
}

describe('pageFiles', () => {
  it('orders selected files, then the previewed file, then listed files, without repeats', () => {
    const result = pageFiles(input('https://app.box.com/file/30', [file('10', false, 0), file('20', true, 1), file('30', false, 2), file('40', true, 3)]));
    expect(result.files.map((f) => `${f.source}:${f.id}`)).toEqual(['selected:20', 'selected:40', 'preview:30', 'listed:10']);
  });

  it('keeps a selected preview file selected, once', () => {
    const result = pageFiles(input('https://app.box.com/file/20', [file('20', true)]));
    expect(result.files).toEqual([{ id: '20', name: '20.pdf', source: 'selected' }]);
  });

  it('sorts by list index, then by first sight', () => {
    const result = pageFiles(input('https://app.box.com/folder/1', [file('3', false, 9), file('1'), file('2', false, 4), file('4')]));
    expect(result.files.map((f) => f.id)).toEqual(['2', '3', '1', '4']);
  });

  it('caps listed files and counts the rest, never capping selected ones', () => {
    const items = Array.from({ length: LISTED_MAX + 30 }, (_, i) => file(String(i + 1), i < 20, i));
    const result = pageFiles(input('https://app.box.com/folder/1', items));
    expect(result.files.filter((f) => f.source === 'selected')).toHaveLength(20);
    expect(result.files.filter((f) => f.source === 'listed')).toHaveLength(LISTED_MAX);
    expect(result.omitted).toBe(10);
  });

  it('reports hubs, bookmarks and notes as not signable', () => {
    expect(pageFiles(input('https://mdsbe.app.box.com/hubs/263564910?s=x')).notSignable).toEqual([
      { type: 'hub', id: '263564910', name: null, reason: expect.any(String) },
    ]);
    const selectedNote: ListItem = { type: 'note', id: '5', name: 'n.boxnote', selected: true, index: null };
    expect(pageFiles(input('https://app.box.com/folder/1', [selectedNote])).notSignable).toEqual([
      { type: 'note', id: '5', name: 'n.boxnote', reason: expect.stringContaining('Box Notes') },
    ]);
  });

  it('resolves a bare shared link from the preview controls when the bootstrap data is missing', () => {
    const result = pageFiles(input('https://app.box.com/s/tok', [], { previewFileId: () => '77' }));
    expect(result.files).toEqual([{ id: '77', name: null, source: 'preview' }]);
    expect(result.unresolved).toBeNull();
    expect(result.sharedLink).toBe('https://app.box.com/s/tok');
  });

  it('does not trust bootstrap data for another share', () => {
    const streamData = () => ({ sharedItem: { type: 'file' as const, id: '5', sharedName: 'other' }, folder: null, files: [] });
    const result = pageFiles(input('https://app.box.com/s/tok', [], { streamData, loadHref: 'https://app.box.com/s/other' }));
    expect(result.files).toEqual([]);
    expect(result.unresolved).toEqual({ sharedLink: 'https://app.box.com/s/tok' });
  });

  it('reports no page item, share or folder on pages that are not Box', () => {
    expect(pageFiles(input('https://example.com/file/1', [file('9')]))).toMatchObject({ files: [{ id: '9' }], folder: null, sharedLink: null });
  });
});
