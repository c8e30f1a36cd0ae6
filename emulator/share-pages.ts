import type { StoredFile, StoredFolder } from './content.ts';
import { html, type Ctx, type Reply } from './http.ts';
import { h, page, raw, type Markup } from './html.ts';
import { hexToken } from './ids.ts';
import { isRecord } from './is-record.ts';
import { fileRow, folderRow, listView, notFoundPage, previewMarkup, shell } from './page-parts.ts';
import type { ItemRef, StoredShare } from './share-store.ts';
import { covers, itemOwner, mayUse, passwordOk } from './shares.ts';

// Shared-link pages: /s/<sharedName>, /v/<vanity>, /s|v/<name>/file/<id>, /s|v/<name>/folder/<id> (and the
// /embed/, /embed_widget/ forms), for the logged-in demo user. Evidence (notes 2.3, High): rows carry the same
// data-resin-* ids and a.item-link hrefs as folder pages, and the first server render is in inline scripts:
// `Box.config = {requestToken…}` and `Box.postStreamData = {"/app-api/enduserapp/shared-item": {itemType,
// itemID, sharedName}, "/app-api/enduserapp/shared-folder": {currentFolderID, currentFolderName, items, pageCount,
// folderItemCount}, "/app-api/enduserapp/item/f_<id>": …}` (yt-dlp box.py, Cyberdrop-DL box_dot_com.py,
// python scrapers). Cyberdrop-DL reads the script holding `Box.postStreamData` as `<name> = <json>;` (text
// after the first "="), and other scrapers take the page's *last* script and cut at `;</script>`: so the
// bootstrap is a script of its own, the last on the page, ending in `};</script>`.

/** notes 2.3: 20 items per page, `?page=N`. */
const PAGE_SIZE = 20;

/** JSON inside <script>: `<`, `>`, `&` and the JS line separators escaped (still valid JSON). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** IDs as JSON numbers, as the scrapers' data shows (yt-dlp/Cyberdrop coerce numbers to strings), while exact. */
function numId(id: string): number | string {
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : id;
}

const typedId = (item: ItemRef): string => `${item.type === 'file' ? 'f' : 'd'}_${item.id}`;
const seconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * One item entry. Field names from the scrapers: typedID, type, itemID, name, parentFolderID, contentUpdated
 * (Cyberdrop-DL's model); `id`, `itemSize` and, for folders, `filesCount` (other python/JS scrapers read these).
 */
function fileEntry(file: StoredFile): Record<string, unknown> {
  return {
    typedID: typedId({ type: 'file', id: file.id }), type: 'file', id: numId(file.id), itemID: numId(file.id),
    name: file.name, parentFolderID: numId(file.parentId), contentUpdated: seconds(file.createdAt), itemSize: file.size,
  };
}

function folderEntry(ctx: Ctx, folder: StoredFolder): Record<string, unknown> {
  return {
    typedID: typedId({ type: 'folder', id: folder.id }), type: 'folder', id: numId(folder.id), itemID: numId(folder.id),
    name: folder.name, parentFolderID: numId(folder.parentId ?? '0'), contentUpdated: seconds(folder.createdAt),
    filesCount: ctx.state.content.childrenOf(folder.id).files.length,
  };
}

function configScript(): Markup {
  // Fixture and scrapers: `Box.config = {"requestToken": …}` (yt-dlp reads requestToken from it).
  return h`<script>var Box = Box || {};
Box.config = ${raw(scriptJson({ requestToken: hexToken(32), pageName: 'shared-item' }))};</script>`;
}

function streamScript(data: Record<string, unknown>): Markup {
  return raw(`<script>Box.postStreamData = ${scriptJson(data)};</script>`);
}

function sharedItemEntry(share: StoredShare): Record<string, unknown> {
  return { itemType: share.item.type, itemID: numId(share.item.id), sharedName: share.token };
}

/**
 * Box's page for a link that does not exist, was removed, or may not be used by this user. The sentence is
 * what Cyberdrop-DL looks for ("file or folder link has been removed"). Status 404 [inference].
 */
export function unavailablePage(): Reply {
  const body = h`<div id="app" class="shared-link-error" data-testid="shared-link-unavailable"><h1>This shared file or folder link has been removed or is unavailable to you.</h1><a href="/folder/0">Go to All Files</a></div>`;
  return html(404, page('Box', body));
}

/** Password-protected link opened by someone other than the owner [inference: Box's form markup is not known]. */
function passwordPage(ctx: Ctx, wrong: boolean): Reply {
  const content = h`<div class="shared-link-password" data-testid="shared-link-password"><h1>This content is password protected</h1>
${wrong ? h`<p class="error" role="alert">Incorrect password. Please try again.</p>` : raw('')}<form method="post"><input type="password" name="password" aria-label="Password" autocomplete="off"><button type="submit">Submit</button></form></div>`;
  return shell('Box', content, ctx);
}

/**
 * A share whose page carries no server-rendered data (`pageData: false`): a bare loading shell the web app
 * fills in later, so the HTML names no item at all [inference: what such a Box page holds is not known; only
 * that some share pages lack the bootstrap script].
 */
function bareShell(ctx: Ctx): Reply {
  const content = h`<div class="preview-content" data-testid="shared-item-loading"><div class="bp-container"><div class="bp" data-testid="bp"><div class="bp-content" data-testid="bp-content" role="region"><div class="bp-loading" aria-busy="true"></div></div></div></div></div>`;
  return shell('Box', content, ctx, { head: configScript() });
}

interface ShareView {
  share: StoredShare;
  /** `/s/<token>` or `/v/<vanity>`: hrefs inside the share keep the form the page was opened with (notes 1.2, 4a). */
  base: string;
}

function shareBreadcrumbs(ctx: Ctx, view: ShareView, folderId: string | null): Markup {
  const root = view.share.item;
  if (root.type !== 'folder' || folderId === null) return raw('');
  const chain = ctx.state.content.pathTo(folderId);
  const from = chain.findIndex((f) => f.id === root.id);
  const inside = from === -1 ? [] : chain.slice(from);
  return h`<nav class="ItemListBreadcrumb" aria-label="Breadcrumb">${inside.map((f) => h`<a class="item-link breadcrumb-link" data-spa-link href="${f.id === root.id ? view.base : `${view.base}/folder/${f.id}`}">${f.name}</a> › `)}</nav>`;
}

function fileView(ctx: Ctx, view: ShareView, file: StoredFile): Reply {
  const data: Record<string, unknown> = {
    '/app-api/enduserapp/shared-item': sharedItemEntry(view.share),
    // Cyberdrop-DL: a single-file share's data has a `/app-api/enduserapp/item/f_<id>` key.
    [`/app-api/enduserapp/item/${typedId({ type: 'file', id: file.id })}`]: fileEntry(file),
  };
  const content = h`${shareBreadcrumbs(ctx, view, file.parentId)}${previewMarkup(file, false)}`;
  return shell(`${file.name} | Powered by Box`, content, ctx, { head: configScript(), tail: streamScript(data) });
}

function folderView(ctx: Ctx, view: ShareView, folder: StoredFolder): Reply {
  const { folders, files } = ctx.state.content.childrenOf(folder.id);
  const all = [...folders.map((f) => ({ kind: 'folder' as const, f })), ...files.map((f) => ({ kind: 'file' as const, f }))];
  const pageCount = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const requested = Number.parseInt(ctx.query['page'] ?? '1', 10);
  const pageNumber = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pageCount) : 1;
  const offset = (pageNumber - 1) * PAGE_SIZE;
  const slice = all.slice(offset, offset + PAGE_SIZE);
  const rows = slice.map((entry, i) => entry.kind === 'folder'
    ? folderRow(entry.f, offset + i, `${view.base}/folder/${entry.f.id}`)
    : fileRow(entry.f, offset + i, `${view.base}/file/${entry.f.id}`));
  const data = {
    '/app-api/enduserapp/shared-item': sharedItemEntry(view.share),
    '/app-api/enduserapp/shared-folder': {
      currentFolderID: numId(folder.id), currentFolderName: folder.name, pageCount, pageNumber,
      folderItemCount: all.length,
      items: slice.map((entry) => entry.kind === 'folder' ? folderEntry(ctx, entry.f) : fileEntry(entry.f)),
    },
  };
  const content = h`${shareBreadcrumbs(ctx, view, folder.parentId)}<h1 class="folder-name">${folder.name}</h1>
${listView(rows)}`;
  return shell(`${folder.name} | Powered by Box`, content, ctx, { head: configScript(), tail: streamScript(data) });
}

function formPassword(ctx: Ctx): string | null {
  if (ctx.method !== 'POST' || !isRecord(ctx.body)) return null;
  const value = ctx.body['password'];
  return typeof value === 'string' ? value : null;
}

export function sharePage(ctx: Ctx, kind: 's' | 'v', name: string, sub: ItemRef | null): Reply {
  const { state } = ctx;
  const share = kind === 's' ? state.shares.get(name) : state.shares.byVanity(name);
  if (!share || !mayUse(state, state.user, share)) return unavailablePage();
  if (share.password !== null) {
    const given = formPassword(ctx);
    if (!passwordOk(state, state.user, share, given)) return passwordPage(ctx, given !== null);
  }
  const target = sub ?? share.item;
  if (sub && (itemOwner(state, sub) === undefined || !covers(state, share, sub))) return notFoundPage();
  if (!share.pageData) return bareShell(ctx);
  const view: ShareView = { share, base: `/${kind}/${name}` };
  if (target.type === 'file') {
    const file = state.content.files.get(target.id);
    return file ? fileView(ctx, view, file) : notFoundPage();
  }
  const folder = state.content.folders.get(target.id);
  return folder ? folderView(ctx, view, folder) : notFoundPage();
}
