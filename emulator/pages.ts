import { extensionOf, type StoredFile, type StoredFolder } from './content.ts';
import { markPrepared } from './api-sign-requests.ts';
import { html, redirect, type Ctx, type Reply } from './http.ts';
import { h, page, raw, type Markup } from './html.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { sharePage } from './share-pages.ts';
import { covers, mayUse, passwordOk } from './shares.ts';

// app.box.com / <company>.app.box.com / <company>.ent.box.com pages, shaped after the markup public
// scrapers read from the real web app (rows with data-resin-*_id, a.item-link hrefs, bp-* preview nodes).

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

function breadcrumbs(ctx: Ctx, folderId: string | null): Markup {
  const chain = ctx.state.content.pathTo(folderId);
  return h`<nav class="ItemListBreadcrumb" aria-label="Breadcrumb">${chain.map((f) => h`<a class="item-link breadcrumb-link" data-spa-link href="/folder/${f.id}">${f.name}</a> › `)}</nav>`;
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

/** Another user's items are not the demo user's to open (Box shows no page for items one cannot access). */
function owned(ctx: Ctx, item: { ownerId: string }): boolean {
  return item.ownerId === ctx.state.user.id;
}

function folderPage(ctx: Ctx, id: string): Reply {
  const folder = ctx.state.content.folders.get(id);
  if (!folder || !owned(ctx, folder)) return notFoundPage();
  const { folders, files } = ctx.state.content.childrenOf(id);
  const rows = [...folders.map((f, i) => folderRow(f, i)), ...files.map((f, i) => fileRow(f, folders.length + i))];
  const content = h`${breadcrumbs(ctx, folder.parentId)}<h1 class="folder-name">${folder.name}</h1>
${listView(rows)}`;
  return shell(`${folder.name} | Powered by Box`, content, ctx);
}

/** The preview markup of file pages (box-content-preview shell.html, ControlsRoot.tsx). */
export function previewMarkup(file: StoredFile, sidebar: boolean): Markup {
  const ext = extensionOf(file.name);
  return h`<header class="preview-header" data-testid="preview-header"><h1 class="preview-header-title item-name" data-testid="preview-header-file-name">${file.name}</h1></header>
<div class="preview-content"><div class="bp-container"><div class="bp" data-testid="bp"><div class="bp-content" data-testid="bp-content" role="region" aria-label="${file.name}"><div class="bp-doc bp-doc-document"><p>${file.name}</p></div></div>
<div class="bp-ControlsRoot" data-testid="bp-controls" data-resin-component="toolbar" data-resin-fileid="${file.id}" data-resin-fileextension="${ext}"></div></div></div></div>
${sidebar ? h`<aside class="bcs" role="tablist"><button class="bcs-NavButton" role="tab" aria-selected="false" data-resin-target="sidebardetails">Details</button><button class="bcs-NavButton" role="tab" aria-selected="false" data-resin-target="sidebarsign">Sign</button></aside>` : raw('')}`;
}

/**
 * `/file/<id>`; another user's file only as `/file/<id>?s=<sharedName>`, the form a logged-in user lands on
 * from a shared file link (notes 1.2 row 1a) [inference: Box's handling of a foreign file without `s` is a
 * not-found page].
 */
function filePage(ctx: Ctx, id: string): Reply {
  const file = ctx.state.content.files.get(id);
  if (!file) return notFoundPage();
  if (!owned(ctx, file)) {
    const share = ctx.state.shares.get(ctx.query['s'] ?? '');
    const user = ctx.state.user;
    if (!share || !covers(ctx.state, share, { type: 'file', id }) || !mayUse(ctx.state, user, share) || !passwordOk(ctx.state, user, share, null)) {
      return notFoundPage();
    }
    return shell(`${file.name} | Powered by Box`, previewMarkup(file, false), ctx);
  }
  return shell(`${file.name} | Powered by Box`, h`${breadcrumbs(ctx, file.parentId)}${previewMarkup(file, true)}`, ctx);
}

function notePage(ctx: Ctx, id: string): Reply {
  const file = ctx.state.content.files.get(id);
  if (!file || !owned(ctx, file) || extensionOf(file.name) !== 'boxnote') return notFoundPage();
  const content = h`<div class="notes-container"><h1 class="document-title">${file.name.replace(/\.boxnote$/, '')}</h1><iframe name="service_iframe" title="Box Notes" srcdoc="&lt;p&gt;Box Note&lt;/p&gt;"></iframe></div>`;
  return shell(`${file.name} | Box Notes`, content, ctx);
}

/** prepare_url (docs example https://app.box.com/sign/document/<id>/<hash>/prepare_doc/): Send Request moves it on. */
function preparePage(ctx: Ctx, id: string, token: string): Reply {
  const sr = ctx.state.signRequests.find((r) => r.id === id && r.prepareToken === token);
  if (!sr) return notFoundPage();
  if (ctx.method === 'POST') {
    markPrepared(ctx.state, id, token);
    return shell('Request Sent | Box Sign', h`<div class="sign-prepare-done" data-testid="sign-request-sent"><h1>Your request has been sent</h1><p>${sr.name}</p></div>`, ctx);
  }
  const content = h`<div class="sign-prepare" data-testid="sign-prepare"><h1>Prepare document</h1><p class="sign-request-name">${sr.name}</p>
<form method="post"><button type="submit" id="send-request" data-testid="send-request">Send Request</button></form></div>`;
  return shell(`${sr.name} | Box Sign`, content, ctx);
}

export function handleAppHost(ctx: Ctx): Reply {
  if (ctx.path === '/' || ctx.path === '/folder') return redirect('/folder/0');
  // Shared links (notes 1.2 rows 3-5): /s/<sharedName>, /v/<vanity>, …/file/<id>, …/folder/<id>, embed forms.
  const shared = /^\/(?:embed(?:_widget)?\/)?(s|v)\/([^/]+)(?:\/(file|folder)\/(\d+))?\/?$/.exec(ctx.path);
  if (shared && (ctx.method === 'GET' || ctx.method === 'POST')) {
    const [, kind = 's', name = '', subKind, subId] = shared;
    const sub = subKind === 'file' || subKind === 'folder' ? { type: subKind, id: subId ?? '' } as const : null;
    return sharePage(ctx, kind === 'v' ? 'v' : 's', name, sub);
  }
  const m = /^\/(file|folder|notes)\/(\d+)\/?$/.exec(ctx.path);
  if (m && ctx.method === 'GET') {
    const [, kind, id = ''] = m;
    if (kind === 'file') return filePage(ctx, id);
    if (kind === 'folder') return folderPage(ctx, id);
    return notePage(ctx, id);
  }
  const prep = /^\/sign\/document\/([^/]+)\/([^/]+)\/prepare_doc\/?$/.exec(ctx.path);
  if (prep && (ctx.method === 'GET' || ctx.method === 'POST')) return preparePage(ctx, prep[1] ?? '', prep[2] ?? '');
  return notFoundPage();
}
