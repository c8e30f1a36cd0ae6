// One column per template placeholder (issue 15): which column holds each placeholder's values (from
// the header, by the placeholder's label or tag id, or chosen by the person), and each row's values
// as the template's prefill tags, read by kind (a date as YYYY-MM-DD, a checkbox as yes or no). Pure.
import { t } from '../shared/i18n';
import type { Prefill, SignTemplate } from '../shared/messages';

export type Placeholder = NonNullable<SignTemplate['placeholders']>[number];
/** Column index per placeholder tag id; null: no column. */
export type TagColumns = Record<string, number | null>;

const normalise = (cell: string) => cell.toLowerCase().replace(/[\s_-]+/g, '');
export const placeholderName = (p: Placeholder) => p.label ?? p.tagId;

/** The column whose header names each placeholder (its label, else its tag id). */
export function tagColumnsFromHeader(header: readonly string[] | null, placeholders: readonly Placeholder[]): TagColumns {
  const names = (header ?? []).map(normalise);
  return Object.fromEntries(
    placeholders.map((p) => {
      const at = names.findIndex((name) => name !== '' && (name === normalise(placeholderName(p)) || name === normalise(p.tagId)));
      return [p.tagId, at < 0 ? null : at];
    }),
  );
}

/** Each placeholder's cell of one data row ('' when it has no column). */
export function placeholderCells(row: readonly string[], placeholders: readonly Placeholder[], columns: TagColumns): Record<string, string> {
  return Object.fromEntries(placeholders.map((p) => [p.tagId, (columns[p.tagId] ?? null) === null ? '' : (row[columns[p.tagId]!] ?? '').trim()]));
}

const YES = new Set(['yes', 'y', 'true', 'x', '1', 'ja', 'oui', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non', '']);

/** A row's values as prefill tags, or the first problem in plain words. Empty text and date cells are left unfilled. */
export function toPrefill(cells: Readonly<Record<string, string>>, placeholders: readonly Placeholder[]): { prefill: Prefill } | { problem: string } {
  const prefill: Prefill = [];
  for (const p of placeholders) {
    const cell = cells[p.tagId] ?? '';
    if (p.kind === 'checkbox') {
      const word = cell.toLowerCase();
      if (!YES.has(word) && !NO.has(word)) return { problem: t('bulkBadCheckbox', placeholderName(p)) };
      prefill.push({ tagId: p.tagId, kind: 'checkbox', value: YES.has(word) });
    } else if (cell !== '') {
      if (p.kind === 'date' && !isDate(cell)) return { problem: t('bulkBadDate', placeholderName(p)) };
      prefill.push(p.kind === 'date' ? { tagId: p.tagId, kind: 'date', value: cell } : { tagId: p.tagId, kind: 'text', value: cell });
    }
  }
  return { prefill };
}

function isDate(cell: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return false;
  const date = new Date(`${cell}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === cell;
}
