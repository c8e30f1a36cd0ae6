import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseTable } from './parse-table';

describe('detectDelimiter', () => {
  it.each([
    ['email\tphone\na@x.org\t+1', '\t'],
    ['email;phone\na@x.org;+1', ';'],
    ['email,phone', ','],
    ['"a;b",c', ','],
    ['\n\nemail;name', ';'],
    ['just-one-column', ','],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('parseTable', () => {
  it.each<[string, string, string[][]]>([
    ['plain CSV', 'a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['CRLF and blank lines', 'a,b\r\n\r\n c , d \r\n', [['a', 'b'], ['c', 'd']]],
    ['quoted delimiter and quote', '"Doe, Jane","say ""hi"""', [['Doe, Jane', 'say "hi"']]],
    ['line break inside quotes', '"two\nlines",x\ny,z', [['two\nlines', 'x'], ['y', 'z']]],
    ['tab-separated from a spreadsheet', 'a@x.org\t+44 20 7946 0958\tJane', [['a@x.org', '+44 20 7946 0958', 'Jane']]],
    ['byte-order mark', '\uFEFFemail\na@x.org', [['email'], ['a@x.org']]],
    ['empty cells kept, empty rows dropped', 'a,,c\n,,\n', [['a', '', 'c']]],
    ['no final newline, last cell empty', 'a,', [['a', '']]],
  ])('%s', (_name, text, expected) => {
    expect(parseTable(text)).toEqual(expected);
  });

  it('uses the delimiter it is given', () => {
    expect(parseTable('a;b,c', ';')).toEqual([['a', 'b,c']]);
  });
});
