// Which of the page's files the popup offers, and which it ticks first. Pure, so the rules
// (selected first, at most Box Sign's 10, nothing guessed on a bare folder page) are tested
// without rendering.
import type { FileInfo, PageFiles } from '../../shared/messages';
import { MAX_FILES } from '../../ui/sign-form-fields';

type FileSource = 'selected' | 'preview' | 'listed';
export type OfferedFile = { id: string; name: string | null; source: FileSource };

const RANK: Record<FileSource, number> = { selected: 0, preview: 1, listed: 2 };

/**
 * The page's files, the ones the user most likely means first. A file Box resolved from the
 * page's shared link is what that page shows, so it counts as the previewed file.
 */
export function offeredFiles(page: PageFiles, resolved: FileInfo | null): OfferedFile[] {
  const fromPage = page.files.map(
    // Older content scripts send no source: they put the file the user means first.
    (file, index): OfferedFile => ({ id: file.id, name: file.name, source: file.source ?? (index === 0 ? 'preview' : 'listed') }),
  );
  const all = resolved ? [{ id: resolved.id, name: resolved.name, source: 'preview' as const }, ...fromPage] : fromPage;
  const seen = new Set<string>();
  const unique = all.filter((file) => !seen.has(file.id) && seen.add(file.id) !== undefined);
  // Stable sort: the page's order within each group is kept.
  return unique.sort((a, b) => RANK[a.source] - RANK[b.source]);
}

/** Selected files (up to 10); else the previewed file; else nothing: a folder listing is no choice. */
export function preTicked(files: OfferedFile[]): string[] {
  const selected = files.filter((file) => file.source === 'selected');
  if (selected.length > 0) return selected.slice(0, MAX_FILES).map((file) => file.id);
  const preview = files.find((file) => file.source === 'preview');
  return preview ? [preview.id] : [];
}

/** The ids that are offered, in displayed order, capped at Box Sign's limit. */
export function inDisplayOrder(files: OfferedFile[], ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return files.filter((file) => wanted.has(file.id)).map((file) => file.id).slice(0, MAX_FILES);
}

export function setTicked(files: OfferedFile[], ticked: string[], id: string, on: boolean): string[] {
  if (!on) return ticked.filter((tickedId) => tickedId !== id);
  if (ticked.includes(id) || ticked.length >= MAX_FILES) return ticked;
  return inDisplayOrder(files, [...ticked, id]);
}

/** One line per item the user pointed at that Box Sign cannot take, e.g. "Plan.boxnote: Box Notes cannot…". */
export function notSignableNotes(page: PageFiles): string[] {
  const lines = (page.notSignable ?? []).map((item) => (item.name ? `${item.name}: ${item.reason}` : item.reason));
  return [...new Set(lines)];
}

/**
 * Drafts belong to the Box page: its URL is known before anything is ticked and is the same when
 * the popup reopens there. Query and hash are dropped because Box changes them without changing
 * what the page shows (the file or folder id and any shared-link token are in the path).
 */
export function draftKey(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return `page:${url.origin}${url.pathname}`;
  } catch {
    return `page:${pageUrl}`;
  }
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (ids: readonly string[]) => [...ids].sort().join(',');
  return sorted(a) === sorted(b);
}
