// The Recipients text area read into recipients, and back: the table of problems edits recipients
// in place and the text area shows the result. Pure.
import { FIELDS, type ColumnMap } from './columns';
import { placeholderCells, placeholderName, type Placeholder, type TagColumns } from './placeholders';

/** One data row as typed: every field a string, '' when the row has none. */
export type Recipient = { key: string; email: string; phone: string; password: string; name: string; prefill?: Record<string, string> };

/** Recipients from the data rows, with the person's column choices. Keys stay stable across edits of other rows. */
export function toRecipients(rows: readonly (readonly string[])[], columns: ColumnMap, placeholders: readonly Placeholder[] = [], tags: TagColumns = {}): Recipient[] {
  return rows.map((row, index) => {
    const cell = (column: number | null) => (column === null ? '' : (row[column] ?? ''));
    return {
      key: `r${index + 1}`,
      email: cell(columns.email),
      phone: cell(columns.phone),
      password: cell(columns.password),
      name: cell(columns.name),
      ...(placeholders.length > 0 ? { prefill: placeholderCells(row, placeholders, tags) } : {}),
    };
  });
}

const quote = (value: string) => (/[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV of rows, quoted where needed (RFC 4180): what parseTable reads back cell for cell. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The recipients as a CSV text with a header, for the Recipients text area after fixing in place. */
export function recipientsText(recipients: readonly Recipient[], withPasswords: boolean, placeholders: readonly Placeholder[] = []): string {
  const fields = FIELDS.filter((field) => withPasswords || field !== 'password');
  // The placeholders' columns stay, headed by their names, so they are found again.
  const header = [...fields, ...placeholders.map(placeholderName)];
  return toCsv([header, ...recipients.map((recipient) => [...fields.map((field) => recipient[field]), ...placeholders.map((p) => recipient.prefill?.[p.tagId] ?? '')])]);
}

