// The one rule for every URL the extension opens or links: hostile cases first.
import { describe, expect, it } from 'vitest';
import { isOpenableBoxUrl } from './box-urls';

describe('isOpenableBoxUrl', () => {
  it.each([
    'https://app.box.com/folder/555',
    'https://app.box.com/sign/document/abc/def/prepare_doc',
    'https://acme.app.box.com/file/1000000001',
    'https://my-co.ent.box.com/folder/1',
    'HTTPS://APP.BOX.COM/folder/1',
    'https://app.box.com:443/folder/1', // the default port, which the URL drops
  ])('opens %s', (url) => {
    expect(isOpenableBoxUrl(url)).toBe(true);
  });

  it.each([
    ['http, not https', 'http://app.box.com/folder/1'],
    ['javascript:', 'javascript:alert(1)//https://app.box.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a look-alike suffix', 'https://app.box.com.evil.com/folder/1'],
    ['a look-alike prefix', 'https://evilapp.box.com.example/'],
    ['user info naming Box before another host', 'https://app.box.com@evil.com/'],
    ['user info on a Box host', 'https://user:pass@app.box.com/folder/1'],
    ['a user name alone', 'https://ada@app.box.com/folder/1'],
    ['another port', 'https://app.box.com:8443/folder/1'],
    ['punycode look-alike of app (Cyrillic а)', 'https://аpp.box.com/folder/1'],
    ['a punycode tenant', 'https://xn--80ak6aa92e.app.box.com/'],
    ['a backslash that ends the host', 'https://evil.com\\@app.box.com/'],
    ['a trailing dot', 'https://app.box.com./folder/1'],
    ['the API host', 'https://api.box.com/2.0/files/1'],
    ['the account host', 'https://account.box.com/api/oauth2/authorize'],
    ['a custom <company>.box.com host not named by the organisation', 'https://uwmadison.box.com/'],
    ['two tenant levels', 'https://a.b.app.box.com/'],
    ['bare ent.box.com', 'https://ent.box.com/'],
    ['box.com itself', 'https://box.com/'],
    ['a relative URL', '/folder/1'],
    ['a protocol-relative URL', '//app.box.com/folder/1'],
    ['not a URL', 'not a url'],
    ['empty', ''],
    ['null', null],
    ['an IP address', 'https://127.0.0.1/folder/1'],
  ])('refuses %s', (_why, url) => {
    expect(isOpenableBoxUrl(url)).toBe(false);
  });

  it("opens the organisation's own Box domain only when it is named", () => {
    expect(isOpenableBoxUrl('https://box.acme.example/folder/1')).toBe(false);
    expect(isOpenableBoxUrl('https://box.acme.example/folder/1', ['box.acme.example'])).toBe(true);
    expect(isOpenableBoxUrl('http://box.acme.example/folder/1', ['box.acme.example'])).toBe(false);
    expect(isOpenableBoxUrl('https://box.acme.example.evil.com/', ['box.acme.example'])).toBe(false);
  });
});
