// Box IDs, written once. Item IDs (files, folders, notes…) are decimal strings that can exceed 2^53,
// so they stay strings everywhere; Box Sign request and template IDs are UUID-like strings.
// No imports, zod least of all: the content script needs only the patterns. The zod schemas are built
// from them where zod already is (shared/schemas/box.ts, the settings, the Box payload schema).

/** An item ID: decimal, no leading zero, at most 20 digits. Unanchored, for composing URL patterns. */
export const ITEM_ID_PATTERN = '[1-9]\\d{0,19}';
/** The root folder: a folder ID, but never a place Box Sign takes (`parent_folder`) [sign-requests.md §2]. */
export const ROOT_FOLDER_ID = '0';
/** A folder ID: an item ID, or the root. Unanchored, like ITEM_ID_PATTERN. */
export const FOLDER_ID_PATTERN = `(?:${ROOT_FOLDER_ID}|${ITEM_ID_PATTERN})`;

export const FILE_ID = new RegExp(`^${ITEM_ID_PATTERN}$`);
export const FOLDER_ID = new RegExp(`^${FOLDER_ID_PATTERN}$`);
/** A Box Sign request or template ID: nothing else reaches a Box path. */
export const SIGN_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && FILE_ID.test(value);
}

/** Any folder, the root included; Box Sign refuses the root as `parent_folder` (see ROOT_FOLDER_ID). */
export function isFolderId(value: unknown): value is string {
  return typeof value === 'string' && FOLDER_ID.test(value);
}
