import { describe, expect, it } from 'vitest';
import { placeholderCells, tagColumnsFromHeader, toPrefill, type Placeholder } from './placeholders';
import { recipientsText, toRecipients } from './recipients';
import { NO_COLUMNS } from './columns';

const PLACEHOLDERS: Placeholder[] = [
  { tagId: 'start', label: 'Start date', kind: 'date' },
  { tagId: 'salary', label: 'Salary', kind: 'text' },
  { tagId: 'ok_box', label: null, kind: 'checkbox' },
];

describe('template placeholders as columns', () => {
  it('finds each placeholder column by its label or tag id in the header, in any spelling', () => {
    expect(tagColumnsFromHeader(['email', 'start_date', 'OK box', 'salary'], PLACEHOLDERS)).toEqual({ start: 1, salary: 3, ok_box: 2 });
    expect(tagColumnsFromHeader(null, PLACEHOLDERS)).toEqual({ start: null, salary: null, ok_box: null });
  });

  it("reads a row's cells as prefill tags by kind, and says which cell is wrong", () => {
    const cells = placeholderCells(['a@example.com', '2027-01-04', ' yes ', '52,000'], PLACEHOLDERS, { start: 1, salary: 3, ok_box: 2 });
    expect(toPrefill(cells, PLACEHOLDERS)).toEqual({
      prefill: [
        { tagId: 'start', kind: 'date', value: '2027-01-04' },
        { tagId: 'salary', kind: 'text', value: '52,000' },
        { tagId: 'ok_box', kind: 'checkbox', value: true },
      ],
    });
    expect(toPrefill({ start: '', salary: '', ok_box: '' }, PLACEHOLDERS)).toEqual({ prefill: [{ tagId: 'ok_box', kind: 'checkbox', value: false }] });
    expect(toPrefill({ start: '04/01/2027' }, PLACEHOLDERS)).toEqual({ problem: 'Start date: write the date as YYYY-MM-DD, for example 2027-01-04.' });
    expect(toPrefill({ start: '2027-02-30' }, PLACEHOLDERS)).toHaveProperty('problem');
    expect(toPrefill({ ok_box: 'maybe' }, PLACEHOLDERS)).toEqual({ problem: 'ok_box: write yes or no.' });
  });

  it('keeps the placeholder columns when the rows are written back after a fix', () => {
    const people = toRecipients([['a@example.com', '2027-01-04']], { ...NO_COLUMNS, email: 0 }, PLACEHOLDERS, { start: 1, salary: null, ok_box: null });
    const text = recipientsText(people, false, PLACEHOLDERS);
    expect(text.split('\r\n')[0]).toBe('email,phone,name,Start date,Salary,ok_box');
    expect(text.split('\r\n')[1]).toBe('a@example.com,,,2027-01-04,,');
  });
});
