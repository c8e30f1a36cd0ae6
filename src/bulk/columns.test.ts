import { describe, expect, it } from 'vitest';
import { columnsFromHeader, guessColumns, isHeader, readColumns } from './columns';

describe('isHeader', () => {
  it.each<[string[], boolean]>([
    [['Email', 'Phone'], true],
    [['E-mail address', 'Mobile'], true],
    [['email', 'a@x.org'], false],
    [['Name', 'Phone'], false],
    [['a@x.org', '+1 202 555 0100'], false],
  ])('%j → %s', (row, expected) => {
    expect(isHeader(row)).toBe(expected);
  });
});

describe('columnsFromHeader', () => {
  it.each<[string[], object]>([
    [['Email', 'Phone', 'Password', 'Name'], { email: 0, phone: 1, password: 2, name: 3 }],
    [['Full name', 'Mobile number', 'EMAIL_ADDRESS'], { email: 2, phone: 1, password: null, name: 0 }],
    [['email', 'notes', 'email'], { email: 0, phone: null, password: null, name: null }],
  ])('%j', (header, expected) => {
    expect(columnsFromHeader(header)).toEqual(expected);
  });
});

describe('guessColumns', () => {
  it('finds email, phone and name from the cells', () => {
    const rows = [
      ['Jane Doe', 'jane@x.org', '+44 20 7946 0958'],
      ['Max Mustermann', 'max@x.org', '030 123456'],
    ];
    expect(guessColumns(rows)).toEqual({ email: 1, phone: 2, password: null, name: 0 });
  });

  it('leaves a column it cannot tell unassigned', () => {
    expect(guessColumns([['a@x.org', 'S3cret!']])).toEqual({ email: 0, phone: null, password: null, name: 1 });
    expect(guessColumns([['nothing here']])).toEqual({ email: null, phone: null, password: null, name: 0 });
    expect(guessColumns([])).toEqual({ email: null, phone: null, password: null, name: null });
  });
});

describe('readColumns', () => {
  it('splits off a header row', () => {
    const read = readColumns([['Email', 'Phone'], ['a@x.org', '+1']]);
    expect(read.header).toEqual(['Email', 'Phone']);
    expect(read.rows).toEqual([['a@x.org', '+1']]);
    expect(read.columns.email).toBe(0);
  });

  it('keeps every row without a header', () => {
    const read = readColumns([['a@x.org'], ['b@x.org']]);
    expect(read.header).toBeNull();
    expect(read.rows).toHaveLength(2);
    expect(read.columns.email).toBe(0);
  });
});
