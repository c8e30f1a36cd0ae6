import { describe, expect, it } from 'vitest';
import { listScope, parseBoxHref } from './box-page-urls';
import { parseBoxUrl } from '../shared/box-urls';

describe('listScope', () => {
  it('keeps the scope on query-only changes of an item page', () => {
    expect(listScope('https://app.box.com/file/5?sb=/details')).toBe(listScope('https://app.box.com/file/5?sb=/activity'));
    expect(listScope('https://a.app.box.com/v/x/folder/9?page=2')).toBe(listScope('https://a.app.box.com/v/x/folder/9'));
  });

  it('changes with the folder, the share or the search', () => {
    expect(listScope('https://app.box.com/folder/1')).not.toBe(listScope('https://app.box.com/folder/2'));
    expect(listScope('https://app.box.com/folder/1')).not.toBe(listScope('https://app.box.com/file/1'));
    expect(listScope('https://app.box.com/s/a/folder/1')).not.toBe(listScope('https://app.box.com/s/b/folder/1'));
    expect(listScope('https://app.box.com/search?query=a')).not.toBe(listScope('https://app.box.com/search?query=b'));
  });
});

describe('parseBoxHref (row links, no URL object)', () => {
  const origin = 'https://acme.app.box.com';
  it.each([
    '/file/1519554536417',
    '/file/1519554536417?s=abc#x',
    '/file/5?sb=/details/versions/77',
    '/folder/0',
    '/s/tok/folder/158256998235',
    '/v/Vanity-1/file/42',
    '/s/tok',
    '/notes/9',
    '/web_link/555',
    '/hubs/3?s=x',
    '/files/0/f/1/1/f_2',
    '/recents',
    '/file/abc',
  ])('agrees with parseBoxUrl on %s', (href) => {
    expect(parseBoxHref(href, origin)).toEqual(parseBoxUrl(href, `${origin}/folder/1`));
  });

  it('sends protocol-relative and absolute hrefs through full URL parsing', () => {
    expect(parseBoxHref('//evil.example/file/1', origin)).toEqual({ kind: 'not-box' });
    expect(parseBoxHref('/\\evil.example/file/1', origin)).toEqual({ kind: 'not-box' });
    expect(parseBoxHref('https://evil.example/file/1', origin)).toEqual({ kind: 'not-box' });
    expect(parseBoxHref('https://app.box.com/file/1', origin)).toMatchObject({ kind: 'file', fileId: '1' });
  });

  it('refuses what it does not normalise rather than misreading it', () => {
    expect(parseBoxHref('/folder/1/../file/5', origin)).toEqual({ kind: 'box-page' });
    expect(parseBoxHref('/%66ile/5', origin)).toEqual({ kind: 'box-page' });
  });
});
