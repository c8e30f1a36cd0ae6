// Download results: one CSV line per row (email, status, request ID, link), and the generated
// passwords only when the person generated them and asks for them. Pure; the page saves the text.
import type { BulkView } from '../shared/messages';
import { errorWords } from '../platform/box-words';
import { toCsv } from './recipients';
import { words } from './words';

export function resultsCsv(view: BulkView, generated: Readonly<Record<string, string>>, withPasswords: boolean): string {
  const header = ['email', 'status', 'request ID', 'link', ...(withPasswords ? ['password'] : [])];
  const rows = view.rows.map((row) => [
    row.email,
    row.status === 'failed' && row.error ? `failed: ${errorWords(row.error)}` : row.status,
    row.requestId ?? '',
    row.link ?? '',
    ...(withPasswords ? [generated[row.id] ?? ''] : []),
  ]);
  return toCsv([header, ...rows]);
}

/** Generated passwords for delivery on another channel: email, name, password. */
export function passwordsCsv(people: readonly { key: string; email: string; name: string }[], generated: Readonly<Record<string, string>>): string {
  return toCsv([['email', 'name', 'password'], ...people.filter((p) => generated[p.key]).map((p) => [p.email, p.name, generated[p.key]!])]);
}

/** "about 3 min left" */
export function timeLeftText(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 60_000) return words.secondsLeft(Math.max(1, Math.round(ms / 1000)));
  return words.minutesLeft(Math.round(ms / 60_000));
}
