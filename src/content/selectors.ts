// The Box web-app markup we read, in one place, with the evidence level from the project notes
// (web pages, section 2). app.box.com is closed source: prefer IDs in attributes and hrefs over
// layout classes, and treat every selector here as optional.

/**
 * A list row or grid card: one item. `.ReactVirtualized__Table__row` + `.table-row` are High
 * (several scrapers and Selenium suites); the `ListViewTableRow-` test ID is Medium (one source);
 * the grid card test ID is Medium (crx-box-direct-link's grid support).
 */
export const ITEM_ROOT =
  '.ReactVirtualized__Table__row, .table-row, [data-testid^="ListViewTableRow-"], [data-testid="grid-view-item"]';

/** The row element itself carries the ID (High); a folder's name link also does. */
export const FILE_ID_ATTR = 'data-resin-file_id';
export const FOLDER_ID_ATTR = 'data-resin-folder_id';

/** Rows without any of the ITEM_ROOT classes still count when they carry an ID themselves. */
export const ID_CARRIER = `[${FILE_ID_ATTR}]:not(a), [${FOLDER_ID_ATTR}]:not(a)`;

/** The name link: relative href `/file/<id>`, `/folder/<id>`, `/s/<tok>/…`, `/notes/<id>` (High). */
export const NAME_LINK = 'a.item-link[href]';
/** Older or alternative name holders, for the name only (Medium). */
export const NAME_FALLBACK = '.item-list-name, .file-list-name';

/**
 * Selected state: **Low, unverified**. No source shows Box's selected-row markup; crx-box-direct-link
 * tries these four together, and box-ui-elements' picker adds `is-selected` to `.table-row`.
 */
export const SELECTED_ROOT = '[aria-selected="true"], [data-is-selected="true"], .is-selected, .selected';
/** Row checkbox (Medium: Selenium and Puppeteer suites); the `id*=checkbox` form is older. */
export const SELECT_CHECKBOX = 'input[name="select-checkbox"], input[type="checkbox"][id*="checkbox"]';

/** Attributes whose change on a row (or in it) can change what it reports. */
export const ID_ATTRIBUTES = [FILE_ID_ATTR, FOLDER_ID_ATTR, 'href'];
export const STATE_ATTRIBUTES = ['class', 'aria-selected', 'data-is-selected', 'checked'];

/**
 * Box Preview controls carry the previewed file's ID (box-content-preview ControlsRoot.tsx; Medium).
 * Used only to resolve a bare shared link whose bootstrap data is missing.
 */
export const PREVIEW_FILE_ID = '.bp-ControlsRoot[data-resin-fileid], [data-testid="bp-controls"][data-resin-fileid]';
