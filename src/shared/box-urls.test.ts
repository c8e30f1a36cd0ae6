import { describe, expect, it } from 'vitest';
import { fileIdFromUrl, isBoxAppHost, isBoxWebHost, parseBoxUrl } from './box-urls';

const share = (origin: string, kind: 's' | 'v', name: string) => ({ kind, name, url: `${origin}/${kind}/${name}` });

describe('isBoxWebHost', () => {
  it.each([
    'app.box.com',
    'APP.BOX.COM',
    'acme.app.box.com',
    'my-co.app.box.com',
    'nihcc.app.box.com',
    'ibm.ent.box.com',
    'thejacksonlaboratory.ent.box.com',
    'uwmadison.box.com',
    'openwhisk.box.com',
  ])('accepts %s', (host) => expect(isBoxWebHost(host)).toBe(true));

  it.each([
    'box.com',
    'api.box.com',
    'upload.box.com',
    'account.box.com',
    'developer.box.com',
    'www.box.com',
    'dl.box.com',
    'support.box.com',
    'cdn01.box.com',
    'e3.box.com',
    'ent.box.com',
    'app.box.com.evil.example',
    'acme.app.box.com.evil.example',
    'evilbox.com',
    'app.evilbox.com',
    'xapp.box.com.example',
    'a.b.app.box.com',
    'a.b.box.com',
    '-co.app.box.com',
    'co-.box.com',
    'cdn01.boxcdn.net',
    'public.boxcloud.com',
    'www.box.net',
    'app.box.com.',
    '',
  ])('refuses %s', (host) => expect(isBoxWebHost(host)).toBe(false));

  it('refuses only whole service labels, not tenants whose names contain one', () => {
    for (const host of ['myapi.box.com', 'apiary.box.com', 'wwwx.box.com', 'cdnlab.box.com', 'e3x.box.com', 'xe3.box.com']) expect(isBoxWebHost(host), host).toBe(true);
    for (const host of ['e.box.com', 'e12.box.com', 'cdn.box.com', 'cdn123.box.com', 'community.box.com', 'status.box.com', 'blog.box.com', 'developers.box.com']) {
      expect(isBoxWebHost(host), host).toBe(false);
    }
  });

  it('isBoxAppHost keeps to app.box.com and its tenants', () => {
    expect(isBoxAppHost('my-co.app.box.com')).toBe(true);
    expect(isBoxAppHost('ACME.APP.BOX.COM')).toBe(true);
    expect(isBoxAppHost('APP.BOX.COM')).toBe(true);
    expect(isBoxAppHost('a.b.app.box.com')).toBe(false);
    expect(isBoxAppHost('ibm.ent.box.com')).toBe(false);
    expect(isBoxAppHost('xapp.box.com')).toBe(false);
  });
});

describe('parseBoxUrl: files', () => {
  const o = 'https://app.box.com';
  it.each([
    ['https://app.box.com/file/1000000001', '1000000001', null],
    ['https://acme.app.box.com/file/1536173056065', '1536173056065', null],
    ['https://ibm.ent.box.com/file/888961054325', '888961054325', null],
    ['https://uwmadison.box.com/file/123456789', '123456789', null],
    ['https://APP.BOX.COM/file/12/', '12', null],
    ['https://app.box.com/file/99999999999999999999', '99999999999999999999', null],
    ['https://app.box.com/file/987654321?s=abc123', '987654321', share(o, 's', 'abc123')],
    ['https://app.box.com/file/987654321?s=bad%20token', '987654321', null],
    ['https://app.box.com/file/987654321?s=AZaz09_-', '987654321', share(o, 's', 'AZaz09_-')],
    ['https://app.box.com/file/987654321?s=%20abc', '987654321', null],
    ['https://app.box.com/file/987654321?s=abc%20', '987654321', null],
    [`https://app.box.com/file/987654321?s=${'a'.repeat(128)}`, '987654321', share(o, 's', 'a'.repeat(128))],
    [`https://app.box.com/file/987654321?s=${'a'.repeat(129)}`, '987654321', null],
    ['https://app.box.com/file/987654321#comments', '987654321', null],
  ])('reads %s', (url, fileId, expectedShare) => {
    expect(parseBoxUrl(url)).toEqual({ kind: 'file', fileId, folderId: null, share: expectedShare });
  });

  it.each([
    'https://nih.app.box.com/file/787813783402?sb=/details/versions/1234567890123',
    'https://nih.app.box.com/file/787813783402?sb=/activity/versions/',
    'https://nih.app.box.com/file/787813783402?sb=/activity/annotations/555555555',
    'https://nih.app.box.com/file/787813783402?sb=/details',
  ])('reads the file, not the version or annotation in ?sb=: %s', (url) => {
    expect(fileIdFromUrl(url)).toBe('787813783402');
  });

  it('reads shared, vanity and embed file links with their share', () => {
    const m = 'https://mlssoccer.app.box.com';
    expect(parseBoxUrl(`${m}/s/0evd2o3e08l60lr4ygukjo6ffyb5mwp0/file/510727257538`)).toEqual({
      kind: 'file', fileId: '510727257538', folderId: null, share: share(m, 's', '0evd2o3e08l60lr4ygukjo6ffyb5mwp0'),
    });
    const j = 'https://thejacksonlaboratory.ent.box.com';
    expect(parseBoxUrl(`${j}/s/2x09abc/file/1536173056065`)).toMatchObject({ fileId: '1536173056065', share: share(j, 's', '2x09abc') });
    expect(parseBoxUrl('https://nihcc.app.box.com/v/ChestXray-NIHCC/file/42758271698')).toMatchObject({
      kind: 'file', fileId: '42758271698', share: share('https://nihcc.app.box.com', 'v', 'ChestXray-NIHCC'),
    });
    expect(parseBoxUrl(`${o}/embed/s/tok123/file/77`)).toMatchObject({ kind: 'file', fileId: '77', share: share(o, 's', 'tok123') });
    expect(parseBoxUrl(`${o}/embed_widget/s/tok123/file/77`)).toMatchObject({ kind: 'file', fileId: '77' });
  });

  it('reads the legacy folder/file form with both IDs', () => {
    expect(parseBoxUrl('https://berkeley.app.box.com/files/0/f/11507803981/1/f_103350620609')).toEqual({
      kind: 'file', fileId: '103350620609', folderId: '11507803981', share: null,
    });
  });

  it('resolves relative hrefs (row links are relative)', () => {
    expect(parseBoxUrl('/file/1519554536417', 'https://acme.app.box.com/folder/5')).toMatchObject({ kind: 'file', fileId: '1519554536417' });
    expect(parseBoxUrl('/file/1519554536417')).toEqual({ kind: 'not-box' });
  });
});

describe('parseBoxUrl: folders and shared links', () => {
  it.each([
    ['https://app.box.com/folder/0', '0', null],
    ['https://app.box.com/folder/362946683803', '362946683803', null],
    ['https://app.box.com/folder/362946683803/', '362946683803', null],
    ['https://app.box.com/s/dgsen8bo/folder/158256998235', '158256998235', share('https://app.box.com', 's', 'dgsen8bo')],
    ['https://nihcc.app.box.com/v/ChestXray-NIHCC/folder/36938765345?page=2', '36938765345', share('https://nihcc.app.box.com', 'v', 'ChestXray-NIHCC')],
    ['https://berkeley.app.box.com/files/0/f/11507803981', '11507803981', null],
    ['https://berkeley.app.box.com/files/0/f/11507803981/Course_Files', '11507803981', null],
  ])('reads the folder of %s', (url, folderId, expectedShare) => {
    expect(parseBoxUrl(url)).toEqual({ kind: 'folder', folderId, share: expectedShare });
  });

  it.each([
    ['https://utexas.app.box.com/s/2x6vanv85fdl8j2eqlcxmv0gp1wvps6e', 's', '2x6vanv85fdl8j2eqlcxmv0gp1wvps6e', 'https://utexas.app.box.com'],
    ['https://uwmadison.box.com/s/nw8fxyz/', 's', 'nw8fxyz', 'https://uwmadison.box.com'],
    ['https://nihcc.app.box.com/v/ChestXray-NIHCC', 'v', 'ChestXray-NIHCC', 'https://nihcc.app.box.com'],
    ['https://acme.app.box.com/v/my_url/', 'v', 'my_url', 'https://acme.app.box.com'],
    ['https://nihcc.app.box.com/embed/s/oo29abc?sortColumn=date&view=list', 's', 'oo29abc', 'https://nihcc.app.box.com'],
    ['https://app.box.com/embed_widget/s/oo29abc', 's', 'oo29abc', 'https://app.box.com'],
  ])('reports %s as an unresolved shared link, canonicalised', (url, kind, name, origin) => {
    expect(parseBoxUrl(url)).toEqual({ kind: 'shared-link', share: share(origin, kind as 's' | 'v', name) });
  });
});

describe('parseBoxUrl: recognised but not signable', () => {
  it.each([
    ['https://cornell.app.box.com/notes/819798134709', 'note', '819798134709'],
    ['https://ibm.ent.box.com/notes/310779262936?s=abc', 'note', '310779262936'],
    ['https://app.box.com/web_link/555', 'web_link', '555'],
    ['https://mdsbe.app.box.com/hubs/263564910?s=xyz', 'hub', '263564910'],
  ])('%s', (url, itemType, id) => {
    const location = parseBoxUrl(url);
    expect(location).toMatchObject({ kind: 'not-signable', itemType, id });
    expect(location.kind === 'not-signable' && location.reason.length > 10).toBe(true);
    expect(fileIdFromUrl(url)).toBeNull();
  });
});

describe('parseBoxUrl: refusals', () => {
  it.each([
    'https://app.box.com/file/abc',
    'https://app.box.com/file/0',
    'https://app.box.com/file/0123',
    'https://app.box.com/file/123/extra',
    'https://app.box.com/folder/123abc',
    'https://app.box.com/files/123',
    'https://app.box.com/shared/static/6wvvmdmgmo9ky62p054zbtgn1ph78els.pdf',
    'https://app.box.com/preview/expiring_embed/gvoct6FE',
    'https://app.box.com/recents',
    'https://app.box.com/s/',
    'https://app.box.com/s/a/b',
    'https://app.box.com/file/d/1AbCdEf/view',
  ])('%s is a Box page without an item', (url) => expect(parseBoxUrl(url)).toEqual({ kind: 'box-page' }));

  it.each([
    'http://app.box.com/file/123',
    'https://api.box.com/2.0/files/123',
    'https://api.box.com/file/123',
    'https://upload.box.com/file/123',
    'https://developer.box.com/file/123',
    'https://www.box.com/s/vspke7y05sb214wjokpk',
    'https://app.box.com.evil.example/file/123',
    'https://evilbox.com/file/123',
    'https://notbox.com/file/123',
    'https://a.b.app.box.com/file/123',
    'https://cdn01.boxcdn.net/platform/elements/file/123',
    'https://drive.google.com/file/d/123/view',
    'https://www.box.net/shared/bgl3cx1c3z',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%s is not Box', (url) => expect(parseBoxUrl(url)).toEqual({ kind: 'not-box' }));
});
