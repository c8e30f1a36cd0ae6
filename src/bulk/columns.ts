// Which column holds what: read from a header row when there is one, else guessed from the cells;
// the person can change any choice on the page. Pure.

export const FIELDS = ['email', 'phone', 'password', 'name'] as const;
export type Field = (typeof FIELDS)[number];
/** Column index of each field; null: no such column. */
export type ColumnMap = Record<Field, number | null>;

export const NO_COLUMNS: Readonly<ColumnMap> = Object.freeze({ email: null, phone: null, password: null, name: null });

// Header words people use, lower-cased with spaces, dashes and underscores removed.
const HEADER_WORDS: Record<Field, readonly string[]> = {
  email: ['email', 'emailaddress', 'mail', 'signeremail', 'recipient', 'recipientemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone', 'sms'],
  password: ['password', 'passcode', 'pass', 'pin'],
  name: ['name', 'fullname', 'signername', 'recipientname', 'displayname'],
};

const normalise = (cell: string) => cell.toLowerCase().replace(/[\s_-]+/g, '');
const looksLikeEmail = (cell: string) => /^[^\s@]+@[^\s@]+$/.test(cell);
const looksLikePhone = (cell: string) => /^\+?[\d\s().-]{6,}$/.test(cell) && (cell.match(/\d/g)?.length ?? 0) >= 6;

/** The field a header cell names, or null. */
function headerField(cell: string): Field | null {
  const word = normalise(cell);
  return FIELDS.find((field) => HEADER_WORDS[field].includes(word)) ?? null;
}

/** A first row is a header when it names an email column and holds no email address itself. */
export function isHeader(row: readonly string[]): boolean {
  return row.some((cell) => headerField(cell) === 'email') && !row.some(looksLikeEmail);
}

/** Columns from a header row: the first column naming each field. */
export function columnsFromHeader(header: readonly string[]): ColumnMap {
  const map: ColumnMap = { ...NO_COLUMNS };
  header.forEach((cell, index) => {
    const field = headerField(cell);
    if (field && map[field] === null) map[field] = index;
  });
  return map;
}

/**
 * Columns guessed from the cells of rows without a header: email where most cells are addresses,
 * phone where most are numbers, and the first remaining column of words as the name. A password
 * column cannot be told from a name, so it is left for the person to choose.
 */
export function guessColumns(rows: readonly (readonly string[])[]): ColumnMap {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const share = (index: number, test: (cell: string) => boolean) => {
    const cells = rows.map((row) => row[index] ?? '').filter((cell) => cell !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const map: ColumnMap = { ...NO_COLUMNS };
  const taken = new Set<number>();
  const pick = (field: Field, test: (cell: string) => boolean) => {
    for (let index = 0; index < width; index++) {
      if (!taken.has(index) && share(index, test) > 0.5) {
        map[field] = index;
        taken.add(index);
        return;
      }
    }
  };
  pick('email', looksLikeEmail);
  pick('phone', looksLikePhone);
  pick('name', (cell) => /\p{L}/u.test(cell) && !looksLikeEmail(cell));
  return map;
}

/** The header (if any), the data rows and the columns read from the header or guessed. */
export function readColumns(table: readonly (readonly string[])[]): { header: readonly string[] | null; rows: readonly (readonly string[])[]; columns: ColumnMap } {
  const first = table[0];
  if (first && isHeader(first)) return { header: first, rows: table.slice(1), columns: columnsFromHeader(first) };
  return { header: null, rows: table, columns: guessColumns(table) };
}
