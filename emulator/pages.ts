import { markPrepared } from './api-sign-requests.ts';
import { extensionOf } from './content.ts';
import { redirect, type Ctx, type Reply } from './http.ts';
import { h, type Markup } from './html.ts';
import { fileRow, folderRow, listView, notFoundPage, previewMarkup, shell } from './page-parts.ts';
import { sharePage } from './share-pages.ts';
import { covers, mayUse, passwordOk } from './shares.ts';

// app.box.com / <company>.app.box.com / <company>.ent.box.com pages, shaped after the markup public
// scrapers read from the real web app (rows with data-resin-*_id, a.item-link hrefs, bp-* preview nodes).

function breadcrumbs(ctx: Ctx, folderId: string | null): Markup {
  const chain = ctx.state.content.pathTo(folderId);
  return h`<nav class="ItemListBreadcrumb" aria-label="Breadcrumb">${chain.map((f) => h`<a class="item-link breadcrumb-link" data-spa-link href="/folder/${f.id}">${f.name}</a> › `)}</nav>`;
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
