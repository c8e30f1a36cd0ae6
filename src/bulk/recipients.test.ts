import { describe, expect, it } from 'vitest';
import { NO_COLUMNS } from './columns';
import { parseTable } from './parse-table';
import { recipientsText, toCsv, toRecipients } from './recipients';

describe('toRecipients', () => {
  it('reads the chosen columns, empty where a row is short', () => {
    const rows = [['Jane', 'jane@x.org', '+1 415 555 2671'], ['max@x.org']];
    expect(toRecipients(rows, { ...NO_COLUMNS, name: 0, email: 1, phone: 2 })).toEqual([
      { key: 'r1', email: 'jane@x.org', phone: '+1 415 555 2671', password: '', name: 'Jane' },
      { key: 'r2', email: '', phone: '', password: '', name: 'max@x.org' },
    ]);
  });
});

describe('toCsv', () => {
  it('is read back cell for cell', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', 'plain']];
    expect(parseTable(toCsv(rows))).toEqual(rows);
  });

  it('leaves passwords out unless asked', () => {
    const people = [{ key: 'r1', email: 'a@x.org', phone: '', password: 'pw', name: 'A' }];
    expect(recipientsText(people, false)).toBe('email,phone,name\r\na@x.org,,A\r\n');
    expect(recipientsText(people, true)).toBe('email,phone,password,name\r\na@x.org,,pw,A\r\n');
  });
});
