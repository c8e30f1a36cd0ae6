import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFUSABLES as table } from './confusables.test-helpers';
import { domainNotes, editDistance, emailDomain, lookalikeOf, mixesScripts, skeleton } from './lookalike';

describe('confusables (Unicode confusables.txt, Latin look-alikes)', () => {
  // Pairs as listed in confusables.txt 14.0.0 (source → prototype).
  it.each([
    ['1', 'l'], // DIGIT ONE → LATIN SMALL LETTER L
    ['0', 'o'], // DIGIT ZERO → LATIN CAPITAL LETTER O (lowercased)
    ['m', 'rn'], // LATIN SMALL LETTER M → r n
    ['\u0430', 'a'], // CYRILLIC SMALL LETTER A
    ['\u0435', 'e'], // CYRILLIC SMALL LETTER IE
    ['\u043e', 'o'], // CYRILLIC SMALL LETTER O
    ['\u0440', 'p'], // CYRILLIC SMALL LETTER ER
    ['\u0441', 'c'], // CYRILLIC SMALL LETTER ES
    ['\u0445', 'x'], // CYRILLIC SMALL LETTER HA
    ['\u0456', 'i'], // CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
    ['\u04cf', 'i'], // CYRILLIC SMALL LETTER PALOCHKA (→ ı → i)
    ['\u03bf', 'o'], // GREEK SMALL LETTER OMICRON
    ['\u03bd', 'v'], // GREEK SMALL LETTER NU
    ['\u0585', 'o'], // ARMENIAN SMALL LETTER OH
    ['\u0261', 'g'], // LATIN SMALL LETTER SCRIPT G
    ['\u0131', 'i'], // LATIN SMALL LETTER DOTLESS I
  ])('%s looks like %s', (char, prototype) => {
    expect(table.get(char)).toBe(prototype);
  });

  it('leaves plain letters and digits other than 0 and 1 alone', () => {
    for (const char of 'abcdefghijklnopqrstuvwxyz23456789-') expect(table.has(char)).toBe(false);
  });
});

describe('editDistance', () => {
  it.each([
    ['example', 'example', 0],
    ['example', 'exampel', 1], // neighbours swapped
    ['example', 'exmaple', 1],
    ['example', 'examples', 1],
    ['example', 'xample', 1],
    ['example', 'exarnple', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ca', 'abc', 3], // OSA, not full Damerau: 3
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
    expect(editDistance(b, a, 5)).toBe(distance);
  });

  it('stops early past the limit', () => {
    expect(editDistance('example.com', 'totally-different.org', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 1)).toBe(2);
  });

  it('gives limit + 1 when the lengths alone differ by more than the limit', () => {
    expect(editDistance('', 'abc', 1)).toBe(2);
    expect(editDistance('example.com', 'example.co.uk', 1)).toBe(2);
    expect(editDistance('example.co.uk', 'example.com', 1)).toBe(2);
  });
});

describe('lookalikeOf', () => {
  const trusted = ['example.com', 'acme-corp.co.uk', 'ibm.com', 'microsoft.com'];
  it.each([
    ['examp1e.com', 'example.com'], // digit one for l (skeleton)
    ['exarnple.com', 'example.com'], // rn for m (skeleton)
    ['ex\u0430mple.com', 'example.com'], // Cyrillic а, typed
    ['xn--exmple-4nf.com', 'example.com'], // the same, as Punycode
    ['exampel.com', 'example.com'], // letters swapped
    ['exmple.com', 'example.com'], // one left out
    ['example.co', 'example.com'], // TLD cut short
    ['examp1e.co', 'example.com'], // confusable and one edit
    ['acme-corp.co.uk'.replace('o', '0'), 'acme-corp.co.uk'],
    ['acmecorp.co.uk', 'acme-corp.co.uk'],
    ['acme-crop.c0.uk', 'acme-corp.co.uk'], // two edits on a long name
    ['EXAMP1E.COM', 'example.com'],
    ['rnicrosoft.com', 'microsoft.com'],
    ['eexample.com', 'example.com'], // ends with the trusted name, but is no subdomain of it
  ])('%s looks like %s', (domain, like) => {
    expect(lookalikeOf(domain, trusted, table)).toBe(like);
  });

  it.each([
    'example.com', // the real one
    'sales.example.com', // a subdomain of a trusted one
    'example.org.evil.net',
    'sample.net',
    'ibn.com', // short names need an exact skeleton match
    'exampleshop.com',
    'acme.co.uk',
  ])('%s is not a look-alike', (domain) => {
    expect(lookalikeOf(domain, trusted, table)).toBeNull();
  });

  it('allows one edit from names of five letters, two from names of ten', () => {
    expect(lookalikeOf('abcdf.com', ['abcde.com'], table)).toBe('abcde.com');
    expect(lookalikeOf('abcf.com', ['abce.com'], table)).toBeNull();
    expect(lookalikeOf('abcdefghxy.com', ['abcdefghij.com'], table)).toBe('abcdefghij.com');
    expect(lookalikeOf('abcdefgxy.com', ['abcdefghi.com'], table)).toBeNull();
  });

  it('short names still match on skeleton alone', () => {
    expect(lookalikeOf('1bm.com', ['lbm.com'], table)).toBe('lbm.com');
    expect(lookalikeOf('ibrn.com', trusted, table)).toBe('ibm.com');
  });

  it('compares trusted domains given as Punycode too', () => {
    expect(lookalikeOf('münchen.de', ['xn--mnchen-3ya.de'], table)).toBeNull();
    expect(lookalikeOf('mùnchen.de', ['xn--mnchen-3ya.de'], table)).toBe('münchen.de');
  });

  it.each([
    ['m.bankofamerica.com', 'bankofamerica.com'], // two letters more, within the two edits a long name allows
    ['x.acme-corp.co.uk', 'acme-corp.co.uk'],
  ])('%s is a subdomain of %s, not a look-alike', (domain, parent) => {
    expect(lookalikeOf(domain, [parent], table)).toBeNull();
  });
});

describe('skeleton and scripts', () => {
  it('maps a whole domain', () => {
    expect(skeleton('\u0440\u0430y\u0440\u0430l.com', table)).toBe('paypal.com');
    expect(skeleton('ｅｘａｍｐｌｅ.com', table)).toBe('example.com'); // fullwidth, folded by NFKC first
  });

  it.each([
    ['p\u0430ypal', true],
    ['paypal', false],
    ['пример', false],
    ['東京タワー', false],
    ['münchen', false],
    ['abc\u03b1', true],
  ])('%s mixes scripts: %s', (label, mixed) => {
    expect(mixesScripts(label)).toBe(mixed);
  });

  it.each([
    ['\u043f\u03c1\u0438\u043c\u0435\u0440', true], // пример with a Greek rho for the Cyrillic р
    ['\u03ba\u0585\u03c3\u03bc\u03bf\u03c2', true], // κόσμος with an Armenian օ for the Greek ο
    ['\u0561\u0580\u0574\u6771', true], // Armenian with a Han character
    ['\u6771\u4eac\u05e9', true], // Han with a Hebrew letter
    ['\u05e9\u05dc\u05d5\u05dd', false], // שלום: Hebrew, a script the list does not name
    ['\u6771\u4eac\u306e\u30db\u30c6\u30eb', false], // 東京のホテル: Han, Hiragana and Katakana together
    ['\ud55c\uad6d\u5927\ud559', false], // 한국大학: Hangul with Han
  ])('%s mixes scripts: %s (beyond Latin)', (label, mixed) => {
    expect(mixesScripts(label)).toBe(mixed);
  });
});

describe('domainNotes (one signer address)', () => {
  it('flags a look-alike with both names decoded', () => {
    expect(domainNotes('Ann@Examp1e.com', ['example.com'], table)).toEqual([{ kind: 'lookalike', domain: 'examp1e.com', like: 'example.com' }]);
  });

  it('always shows Punycode decoded, and says when alphabets are mixed', () => {
    expect(domainNotes('a@xn--exmple-4nf.com', [], table)).toEqual([{ kind: 'foreign', domain: 'ex\u0430mple.com', mixed: true }]);
    expect(domainNotes('a@xn--e1afmkfd.xn--p1ai', [], table)).toEqual([{ kind: 'foreign', domain: 'пример.рф', mixed: false }]);
    expect(domainNotes('a@xn--exmple-4nf.com', ['example.com'], table)).toEqual([
      { kind: 'foreign', domain: 'ex\u0430mple.com', mixed: true },
      { kind: 'lookalike', domain: 'ex\u0430mple.com', like: 'example.com' },
    ]);
  });

  it.each(['', 'ann', 'ann@', 'ann@localhost', 'ann@example.com'])('says nothing about %j', (email) => {
    expect(domainNotes(email, ['example.com'], table)).toEqual([]);
  });

  it('reads the domain after the last @', () => {
    expect(emailDomain('"a@b"@Example.COM.')).toBe('example.com');
    expect(emailDomain('ann@example.com ')).toBe('example.com');
    expect(emailDomain('ann@ｅｘａｍｐｌｅ.com')).toBe('example.com'); // fullwidth, folded by NFKC
    expect(domainNotes('ann@example.com ', ['example.com'], table)).toEqual([]);
  });

  it('needs an @ for a domain, even an empty name before it', () => {
    expect(emailDomain('example.com')).toBeNull();
    expect(emailDomain('@Examp1e.com')).toBe('examp1e.com');
  });
});
