import { describe, expect, it } from 'vitest';
import { passwordIssues, requestPasswordIssues } from './passwords';

describe('passwordIssues', () => {
  it.each([
    ['', []],
    ['Kp7-mebo-Tiva', []],
    ['short', ['short']],
    ['1234567', ['short']],
    ['12345678', []],
    ['ann.lee@example.com', ['email']],
    ['ANN.LEE@EXAMPLE.COM', ['email']],
    ['annleeexamplecom', ['email']],
    ['ann.lee', ['short', 'name']],
    ['AnnLee', ['short', 'name']],
    ['leeann', ['short', 'name']],
    ['ann', ['short', 'name']],
    ['ann.lee.1', []],
  ])('%j for ann.lee@example.com → %j', (password, issues) => {
    expect(passwordIssues({ email: 'ann.lee@example.com', password }, [])).toEqual(issues);
  });

  it('counts characters, not UTF-16 units, against the minimum', () => {
    expect(passwordIssues({ email: '', password: '😀😀😀😀😀😀😀' }, [])).toEqual(['short']);
    expect(passwordIssues({ email: '', password: '😀😀😀😀😀😀😀😀' }, [])).toEqual([]);
  });

  it('knows a longer name in any order', () => {
    expect(passwordIssues({ email: 'annabel.leeson@example.com', password: 'Leeson.Annabel' }, [])).toEqual(['name']);
    expect(passwordIssues({ email: 'annabel.leeson@example.com', password: 'annabel-leeson' }, [])).toEqual(['name']);
  });

  it('without an address, a password of symbols is not taken for one', () => {
    expect(passwordIssues({ email: '', password: '!!!!!!!!' }, [])).toEqual([]);
    expect(passwordIssues({ email: '  ', password: '!!!!!!!!' }, [])).toEqual([]);
  });

  it("uses the organisation's minimum", () => {
    expect(passwordIssues({ email: 'a@b.c', password: 'abcdefghijk' }, [], 12)).toEqual(['short']);
    expect(passwordIssues({ email: 'a@b.c', password: 'abcdefghijkl' }, [], 12)).toEqual([]);
  });
});

describe('requestPasswordIssues', () => {
  it('flags the same password for two signers of one request, on both rows', () => {
    const rows = [
      { email: 'a@example.com', password: 'Same-pass-123' },
      { email: 'b@example.com', password: 'Other-pass-456' },
      { email: 'c@example.com', password: 'Same-pass-123' },
      { email: 'd@example.com', password: '' },
      { email: 'e@example.com', password: '' },
    ];
    expect(requestPasswordIssues(rows)).toEqual([['reused'], [], ['reused'], [], []]);
  });

  it('is case-sensitive, as Box is', () => {
    const rows = [
      { email: 'a@example.com', password: 'Same-pass-123' },
      { email: 'b@example.com', password: 'same-pass-123' },
    ];
    expect(requestPasswordIssues(rows)).toEqual([[], []]);
  });
});

describe('passwordIssues: name forms of longer addresses', () => {
  // An initial between the names: the joined names ("annabelleeson") are a form of their own, the
  // initial ("j") is too short to count as a name.
  it.each([
    ['Annabel-Leeson', ['name']],
    ['Leeson.Annabel', ['name']],
    ['annabeljleeson', ['name']],
    ['Annabel.J.Leeson.1', []],
  ])('%j for annabel.j.leeson@example.com → %j', (password, issues) => {
    expect(passwordIssues({ email: 'annabel.j.leeson@example.com', password }, [])).toEqual(issues);
  });

  it('does not take a one- or two-letter part of the address for a name', () => {
    expect(passwordIssues({ email: 'jo.x@example.com', password: 'jo' }, [])).toEqual(['short']);
    expect(passwordIssues({ email: 'jo.x@example.com', password: 'x' }, [])).toEqual(['short']);
  });

  it('folds the case of a non-ASCII name the way the password is folded (Turkish dotless i)', () => {
    // Upper-casing "ı" gives "I", which lower-cases to "i": the name would no longer match.
    expect(passwordIssues({ email: 'ayşe.kılıç@example.com.tr', password: 'Kılıç-Ayşe' }, [])).toEqual(['name']);
  });
});
