// Page-only (the popup warns about a file's type; the service worker never asks), so here rather
// than in shared/sign-request/rules.ts, where it rode along into the service worker's bundle.

/**
 * File types Box Sign converts [box-sign-docs.md, create guide: "all documents, all presentations,
 * images png, jpg, jpeg, tiff, text .csv, .txt"]. "Documents" is Box's list of types it can make a
 * PDF of; these are the common ones. Anything else gets a warning, not a block: Box decides.
 */
const SIGNABLE_EXTENSIONS = new Set([
  // documents (including spreadsheets Box previews as documents)
  'pdf', 'doc', 'docx', 'docm', 'dot', 'dotx', 'odt', 'ott', 'rtf', 'wpd', 'pages', 'xls', 'xlsx', 'xlsm', 'ods', 'numbers',
  // presentations
  'ppt', 'pptx', 'pptm', 'pps', 'ppsx', 'odp', 'key',
  // images and text
  'png', 'jpg', 'jpeg', 'tif', 'tiff', 'csv', 'txt',
]);

/** False when Box Sign does not list the file's type: the popup warns, Box has the last word. */
export function isSignableType(extension: string): boolean {
  return SIGNABLE_EXTENSIONS.has(extension.toLowerCase());
}
