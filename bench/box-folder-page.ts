// Builds a Box folder page for the content-script benchmark: the row markup of
// test/fixtures/box/folder-list.html (itself written from the evidence in the project notes),
// repeated for a 5,000-item folder, inside page chrome of a few thousand nodes as the real app has.

export const FOLDER_SIZE = 5_000;
/** Rows react-virtualized keeps in the DOM at once: a 760 px viewport of 50 px rows plus overscan. */
export const WINDOW_ROWS = 60;
export const ROW_HEIGHT = 50;
export const FIRST_ID = 1_500_000_000_000;
/** The driver's scroll through the whole folder (box-driver.ts), before getPageFiles is timed on what it remembered. */
export const SCROLL_THROUGH = 'scroll through the folder';

export const fileId = (index: number): string => String(FIRST_ID + index);
export const fileName = (index: number): string => `Contract ${String(index).padStart(4, '0')} - signed copy.pdf`;

export function rowHtml(index: number, slot: number): string {
  const id = fileId(index);
  const name = fileName(index);
  return `<div id="contextmenutarget${slot}">
  <div class="ReactVirtualized__Table__row table-row" data-testid="ListViewTableRow-${slot}" data-item-index="${index}" role="row" tabindex="0" data-resin-file_id="${id}" style="height:${ROW_HEIGHT}px;position:absolute;top:${index * ROW_HEIGHT}px;width:100%">
    <div class="ReactVirtualized__Table__rowColumn file-list-checkbox" role="gridcell"><input type="checkbox" name="select-checkbox" aria-label="Select ${name}"></div>
    <div class="ReactVirtualized__Table__rowColumn file-list-icon" role="gridcell"><svg width="32" height="32" aria-hidden="true"><path d="M0 0h32v32H0z"></path></svg></div>
    <div class="ReactVirtualized__Table__rowColumn file-list-name" role="gridcell"><div><div class="item-name-holder"><div class="name-row"><div>
      <a data-resin-target="openfile" class="item-link item-link " href="/file/${id}">${name}</a>
    </div></div><div class="version-history-badge"><span>V${(index % 4) + 1}</span></div></div></div></div>
    <div class="ReactVirtualized__Table__rowColumn file-list-updated" role="gridcell"><span data-testid="item-last-updated">Mar ${(index % 28) + 1}, 2025 by Ada Lovelace</span></div>
    <div class="ReactVirtualized__Table__rowColumn file-list-size" role="gridcell">${(index % 900) + 12} KB</div>
    <div class="ReactVirtualized__Table__rowColumn file-list-more" role="gridcell"><button data-testid="more-options-bp-icon-button" aria-label="More options" type="button"><svg width="16" height="16"><circle r="2"></circle></svg></button></div>
  </div>
</div>`;
}

/** Page chrome: header, left navigation, a details sidebar, toasts. Not rows. */
function chrome(): string {
  const nav = Array.from({ length: 150 }, (_, i) => `<li class="nav-item"><a href="/folder/${900 + i}"><svg width="16" height="16"></svg><span>Collection ${i}</span></a></li>`).join('');
  const activity = Array.from({ length: 120 }, (_, i) => `<div class="activity-item"><span class="avatar">AL</span><p>Ada Lovelace commented on <a href="/file/${800 + i}">a file</a></p><time>${i} min ago</time></div>`).join('');
  return `<header class="header"><button class="create-dropdown-menu-toggle-button" type="button">New</button>
  <input class="quick-search-input" type="search" aria-label="Search"><button data-resin-target="accountmenu" type="button">AL</button></header>
  <nav class="left-sidebar"><ul>${nav}</ul></nav>
  <aside class="details-sidebar">${activity}</aside>
  <div class="notification info wrap" role="status"><span class="toast-text"></span></div>`;
}

/** `virtualised`: WINDOW_ROWS rows in the DOM, as Box does; otherwise all FOLDER_SIZE rows (worst case). */
export function folderPage(virtualised: boolean): string {
  const count = virtualised ? WINDOW_ROWS : FOLDER_SIZE;
  const rows = Array.from({ length: count }, (_, i) => rowHtml(i, i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contracts | Powered by Box</title></head>
<body class="page-files">${chrome()}
<main class="files-list"><div class="ReactVirtualized__Table" role="grid" aria-rowcount="${FOLDER_SIZE}">
  <div class="ReactVirtualized__Table__headerRow" role="row"><div class="ReactVirtualized__Table__headerColumn"><a data-resin-target="sortbyname" aria-sort="ascending">Name</a></div></div>
  <div class="ReactVirtualized__Grid ReactVirtualized__Table__Grid" style="height:700px;overflow:auto">
    <div class="ReactVirtualized__Grid__innerScrollContainer" role="rowgroup" style="height:${FOLDER_SIZE * ROW_HEIGHT}px;position:relative">
${rows}
    </div>
  </div>
</div></main></body></html>`;
}
