import { describe, expect, it } from 'vitest';
import type { PageFiles } from '../../shared/messages';
import { draftKey, inDisplayOrder, notSignableNotes, offeredFiles, preTicked, setTicked } from './offer';

const page = (files: PageFiles['files'], over: Partial<PageFiles> = {}): PageFiles => ({ files, pageUrl: 'https://app.box.com/folder/1', ...over });
const f = (id: string, source?: 'selected' | 'preview' | 'listed') => ({ id, name: `${id}.pdf`, ...(source ? { source } : {}) });

describe('offered files', () => {
  it('puts selected first, then the preview, then listed, keeping page order within each', () => {
    const files = offeredFiles(page([f('3', 'listed'), f('2', 'preview'), f('5', 'selected'), f('4', 'selected')]), null);
    expect(files.map((file) => file.id)).toEqual(['5', '4', '2', '3']);
  });

  it('reads an older content script (no source) as "the first file is the one meant"', () => {
    const files = offeredFiles(page([f('1'), f('2')]), null);
    expect(files.map((file) => file.source)).toEqual(['preview', 'listed']);
    expect(preTicked(files)).toEqual(['1']);
  });

  it('offers a resolved shared-link file as the preview, once', () => {
    const resolved = { id: '9', name: 'S.pdf', extension: 'pdf', size: 1, canDownload: true };
    const files = offeredFiles(page([f('9', 'listed'), f('8', 'listed')]), resolved);
    expect(files).toEqual([{ id: '9', name: 'S.pdf', source: 'preview' }, { id: '8', name: '8.pdf', source: 'listed' }]);
  });

  it('pre-ticks up to 10 selected files, else the preview, else nothing', () => {
    const many = offeredFiles(page(Array.from({ length: 12 }, (_, i) => f(String(i + 1), 'selected'))), null);
    expect(preTicked(many)).toHaveLength(10);
    expect(preTicked(offeredFiles(page([f('1', 'listed'), f('2', 'preview')]), null))).toEqual(['2']);
    expect(preTicked(offeredFiles(page([f('1', 'listed')]), null))).toEqual([]);
  });

  it('ticks in displayed order and never beyond 10', () => {
    const files = offeredFiles(page(Array.from({ length: 11 }, (_, i) => f(String(i + 1), 'listed'))), null);
    expect(setTicked(files, ['3'], '1', true)).toEqual(['1', '3']);
    expect(setTicked(files, ['1', '3'], '1', false)).toEqual(['3']);
    const ten = inDisplayOrder(files, files.map((file) => file.id));
    expect(ten).toHaveLength(10);
    expect(setTicked(files, ten, '11', true)).toBe(ten);
  });
});

describe('notes and draft key', () => {
  it('names the item when known and drops repeated reasons', () => {
    const notSignable: PageFiles['notSignable'] = [
      { type: 'note', id: '1', name: 'A.boxnote', reason: 'Box Notes cannot be sent for signature.' },
      { type: 'hub', id: '2', name: null, reason: 'A Box Hub is a collection, not a file.' },
      { type: 'hub', id: '3', name: null, reason: 'A Box Hub is a collection, not a file.' },
    ];
    expect(notSignableNotes(page([], { notSignable }))).toEqual([
      'A.boxnote: Box Notes cannot be sent for signature.',
      'A Box Hub is a collection, not a file.',
    ]);
  });

  it('keys drafts by the page without query or hash', () => {
    expect(draftKey('https://app.box.com/folder/5?sort=date#x')).toBe('page:https://app.box.com/folder/5');
    expect(draftKey('https://app.box.com/s/tok')).not.toBe(draftKey('https://app.box.com/s/other'));
  });
});
