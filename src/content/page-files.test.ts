import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files';

describe('pageFiles', () => {
  it('reports the file of a preview page', () => {
    expect(pageFiles({ href: 'https://acme.app.box.com/file/1000000001?sb=/details' })).toEqual({
      files: [{ id: '1000000001', name: null }],
      pageUrl: 'https://acme.app.box.com/file/1000000001?sb=/details',
    });
  });

  it('reports nothing on other Box pages', () => {
    expect(pageFiles({ href: 'https://app.box.com/folder/0' }).files).toEqual([]);
  });
});
