import { describe, expect, it } from 'vitest';
import { fileIdFromUrl, isBoxAppHost } from './box-urls';

describe('fileIdFromUrl', () => {
  it.each([
    ['https://app.box.com/file/1000000001', '1000000001'],
    ['https://acme.app.box.com/file/1536173056065', '1536173056065'],
    ['https://app.box.com/file/987654321?s=abc123', '987654321'],
    ['https://app.box.com/file/787813783402?sb=/details/versions/999', '787813783402'],
    ['https://APP.BOX.COM/file/12/', '12'],
    ['https://app.box.com/file/99999999999999999999', '99999999999999999999'],
  ])('reads %s', (url, id) => expect(fileIdFromUrl(url)).toBe(id));

  it.each([
    'https://app.box.com/folder/123',
    'https://app.box.com/file/abc',
    'https://app.box.com/file/0',
    'http://app.box.com/file/123',
    'https://app.box.com.evil.example/file/123',
    'https://evilapp.box.com.example/file/123',
    'https://api.box.com/file/123',
    'https://a.b.app.box.com/file/123',
    'https://app.box.com/file/123/extra',
    'not a url',
  ])('refuses %s', (url) => expect(fileIdFromUrl(url)).toBeNull());
});

describe('isBoxAppHost', () => {
  it('anchors the pattern', () => {
    expect(isBoxAppHost('app.box.com')).toBe(true);
    expect(isBoxAppHost('my-co.app.box.com')).toBe(true);
    expect(isBoxAppHost('xapp.box.com')).toBe(false);
    expect(isBoxAppHost('-co.app.box.com')).toBe(false);
  });
});
