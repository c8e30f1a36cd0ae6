// The rules a signer's password is held to: long enough, not the signer's own address or name, not
// the same as another signer's in the same request (one leaked password would open both). Pure: the
// popup shows them beside each password, and the background refuses one shorter than the
// organisation's `minPasswordLength`.
export const MIN_PASSWORD_LENGTH = 8;

export type PasswordIssue = 'short' | 'email' | 'name' | 'reused';

export type PasswordRow = { email: string; password: string };

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The forms of a person's name an address gives away: `ann.lee@x` → `ann.lee`, `annlee`, `leeann`, `ann`, `lee`. */
function nameForms(email: string): Set<string> {
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@'))).toLowerCase();
  const parts = local.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
  return new Set([letters(local), parts.join(''), [...parts].reverse().join(''), ...parts].filter((form) => form.length > 0));
}

/** The issues of one row's password; `others` are the other rows' passwords in the same request. */
export function passwordIssues(row: PasswordRow, others: readonly string[], minLength = MIN_PASSWORD_LENGTH): PasswordIssue[] {
  const { password } = row;
  if (password === '') return [];
  const issues: PasswordIssue[] = [];
  if ([...password].length < Math.max(minLength, 1)) issues.push('short');
  const email = row.email.trim().toLowerCase();
  const plain = letters(password);
  if (email !== '' && (password.toLowerCase() === email || plain === letters(email))) issues.push('email');
  else if (plain !== '' && nameForms(email).has(plain)) issues.push('name');
  if (others.includes(password)) issues.push('reused');
  return issues;
}

/** Every row's issues, for one request (the popup's rows or one row of the Bulk send page). */
export function requestPasswordIssues(rows: readonly PasswordRow[], minLength = MIN_PASSWORD_LENGTH): PasswordIssue[][] {
  return rows.map((row, index) =>
    passwordIssues(
      row,
      rows.filter((_, other) => other !== index).map((r) => r.password).filter((p) => p !== ''),
      minLength,
    ),
  );
}
