import { extensionOf, type StoredFile, type StoredFolder } from './content.ts';
import { html, type Ctx, type Reply } from './http.ts';
import { h, page, raw, type Markup } from './html.ts';
import { PAGE_SCRIPT } from './page-script.ts';

// The markup the web app's pages (pages.ts) and the shared-link pages (share-pages.ts) have in common: the
// page shell, the not-found page, folder/file rows and the preview. Here rather than in pages.ts, which routes
// to share-pages.ts, so that neither page module imports the other.

const STYLE = raw(`<style>
body{font-family:Lato,Helvetica,Arial,sans-serif;margin:0;color:#222}
.header{display:flex;align-items:center;gap:16px;padding:12px 24px;border-bottom:1px solid #e8e8e8}
.files-list{padding:0 24px}.table-row{display:flex;align-items:center;gap:12px;height:52px;border-bottom:1px solid #f0f0f0}
.table-row.is-selected{background:#e8f2fc}.bp-content{min-height:420px;background:#f4f4f4;margin:16px 24px}
.item-link{color:#0061d5;text-decoration:none}
</style>`);

export interface ShellExtras {
  /** Extra head markup (share pages: the `Box.config` script). */
  head?: Markup;
  /** Markup after the page script (share pages: the `Box.postStreamData` script, the page's last script). */
  tail?: Markup;
  status?: number;
}

export function shell(title: string, content: Markup, ctx: Ctx, extras: ShellExtras = {}): Reply {
  const userMenu = h`<button data-resin-target="accountmenu" class="account-menu-btn" aria-label="${ctx.state.user.name}">${ctx.state.user.name}</button>`;
  const body = h`<div id="app" data-page="${title}"><div class="header"><a href="/folder/0" class="logo" data-spa-link>box</a><button class="create-dropdown-menu-toggle-button">New</button>${userMenu}</div>${content}</div><script>${raw(PAGE_SCRIPT)}</script>${extras.tail ?? raw('')}`;
  return html(extras.status ?? 200, page(title, body, h`${STYLE}${extras.head ?? raw('')}`));
}

export function notFoundPage(): Reply {
  const body = h`<div id="app" class="error-page" data-testid="page-not-found"><h1>Page Not Found</h1><p>We're sorry, but the page you're looking for can't be found.</p><a href="/folder/0">Go to All Files</a></div>`;
  return html(404, page('Page Not Found | Box', body, STYLE));
}

function fileHref(file: StoredFile): string {
  // Box Notes open at /notes/<id> (box-ui-elements QuickSearchItem); other files at /file/<id>.
  return extensionOf(file.name) === 'boxnote' ? `/notes/${file.id}` : `/file/${file.id}`;
}

export function folderRow(folder: StoredFolder, index: number, href = `/folder/${folder.id}`): Markup {
  return h`<div id="contextmenutarget${index}"><div class="ReactVirtualized__Table__row table-row" data-testid="ListViewTableRow-${index}" data-item-index="${index}" role="row" tabindex="0" aria-selected="false" data-resin-folder_id="${folder.id}">
<div class="ReactVirtualized__Table__rowColumn file-list-checkbox"><input type="checkbox" name="select-checkbox" aria-label="Select ${folder.name}"></div>
<div class="ReactVirtualized__Table__rowColumn file-list-name"><div><div class="item-name-holder"><div class="name-row"><div><a data-resin-folder_id="${folder.id}" data-resin-target="openfolder" class="item-link item-link " href="${href}">${folder.name}</a></div></div></div></div></div>
<div class="ReactVirtualized__Table__rowColumn file-list-updated"><span data-testid="item-last-updated">Today</span></div>
</div></div>`;
}

export function fileRow(file: StoredFile, index: number, href = fileHref(file)): Markup {
  const isNote = extensionOf(file.name) === 'boxnote';
  return h`<div id="contextmenutarget${index}"><div class="ReactVirtualized__Table__row table-row" data-testid="ListViewTableRow-${index}" data-item-index="${index}" role="row" tabindex="0" aria-selected="false" data-resin-file_id="${file.id}">
<div class="ReactVirtualized__Table__rowColumn file-list-checkbox"><input type="checkbox" name="select-checkbox" aria-label="Select ${file.name}"></div>
<div class="ReactVirtualized__Table__rowColumn file-list-icon"><svg width="32" height="32" aria-hidden="true"></svg></div>
<div class="ReactVirtualized__Table__rowColumn file-list-name"><div><div class="item-name-holder"><div class="name-row"><div><a data-resin-target="openfile" class="item-link item-link " href="${href}"${raw(isNote ? ' target="_blank"' : '')}>${file.name}</a></div></div></div></div></div>
<div class="ReactVirtualized__Table__rowColumn file-list-updated"><span data-testid="item-last-updated">Today</span></div>
</div></div>`;
}

/** The list markup of folder pages (shared folders reuse it with their own rows). */
export function listView(rows: Markup[]): Markup {
  return h`<div class="files-list" data-testid="files-list" data-resin-component="listview"><div class="ReactVirtualized__Table" role="grid" aria-rowcount="${rows.length}"><div class="ReactVirtualized__Table__headerRow" role="row"><span>Name</span><a data-resin-target="sortbydate" aria-sort="none">Updated</a></div><div class="ReactVirtualized__Grid ReactVirtualized__Table__Grid" role="rowgroup"><div class="ReactVirtualized__Grid__innerScrollContainer">${rows}</div></div></div></div>`;
}

/** The preview markup of file pages (box-content-preview shell.html, ControlsRoot.tsx). */
export function previewMarkup(file: StoredFile, sidebar: boolean): Markup {
  const ext = extensionOf(file.name);
  return h`<header class="preview-header" data-testid="preview-header"><h1 class="preview-header-title item-name" data-testid="preview-header-file-name">${file.name}</h1></header>
<div class="preview-content"><div class="bp-container"><div class="bp" data-testid="bp"><div class="bp-content" data-testid="bp-content" role="region" aria-label="${file.name}"><div class="bp-doc bp-doc-document"><p>${file.name}</p></div></div>
<div class="bp-ControlsRoot" data-testid="bp-controls" data-resin-component="toolbar" data-resin-fileid="${file.id}" data-resin-fileextension="${ext}"></div></div></div></div>
${sidebar ? h`<aside class="bcs" role="tablist"><button class="bcs-NavButton" role="tab" aria-selected="false" data-resin-target="sidebardetails">Details</button><button class="bcs-NavButton" role="tab" aria-selected="false" data-resin-target="sidebarsign">Sign</button></aside>` : raw('')}`;
}
