// Rows pasted from a spreadsheet (tab-separated) or a CSV file, read into cells. Pure.
// CSV as RFC 4180 writes it: fields in double quotes may hold the delimiter, line breaks and "" for a
// quote. Spreadsheets in many locales write CSV with ";" (the comma is their decimal mark), so the
// delimiter is whichever of tab, ";" and "," the first line uses outside quotes, in that order.

export type Delimiter = '\t' | ';' | ',';

/** The delimiter of the first non-empty line: tab, then ";", then ",". */
export function detectDelimiter(text: string): Delimiter {
  const first = firstLine(text);
  if (first.includes('\t')) return '\t';
  if (first.includes(';') && !first.includes(',')) return ';';
  return ',';
}

/** The first non-empty line, outside quotes (a quoted field may span lines). */
function firstLine(text: string): string {
  let quoted = false;
  let line = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === '\n' || char === '\r')) {
      if (line.trim() !== '') return line.replace(/"[^"]*"/g, '');
      line = '';
      continue;
    }
    line += char;
  }
  return line.replace(/"[^"]*"/g, '');
}

/** Cells of every non-blank row, each trimmed. A byte-order mark (Excel's UTF-8 CSV) is dropped. */
export function parseTable(input: string, delimiter: Delimiter = detectDelimiter(input)): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((value) => value !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[i++]!;
      else quoted = false;
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) endCell();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
