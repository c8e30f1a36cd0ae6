import { randomBytes } from 'node:crypto';
import { extensionOf, type StoredFile, type StoredFolder } from './content.ts';
import { badRequest, boxError } from './errors.ts';
import type { Ctx, Reply } from './http.ts';
import type { ItemRef, StoredShare } from './share-store.ts';
import type { DemoUser, EmulatorState } from './state.ts';
import type { SharedLinkInfo, SharedLinkOptions } from './types.ts';

// Shared links: the BoxApi header, who may use a link, and the `shared_link` object.
// Sources: openapi `/shared_items`, `/shared_items#folders`, `/files/{file_id}` (header `boxapi`), schema
// `File.shared_link`; Box guide shared-links/find-for-item; docs common-errors (incorrect_shared_item_password).

/** Shared names are 32 lowercase letters and digits today (yt-dlp/Cyberdrop test URLs; notes 1.2). */
export const SHARE_TOKEN = /^[a-z0-9]{32}$/;
/** Box custom URLs: 3 to 30 letters, digits and hyphens (notes 1.2, Box docs on custom shared links). */
export const VANITY_NAME = /^[A-Za-z0-9-]{3,30}$/;
/** The web hosts the emulator serves (server.ts): a shared link on any of them is recognised. */
export const WEB_HOST = /^(?:app\.box\.com|[a-z0-9-]+\.app\.box\.com|[a-z0-9-]+\.ent\.box\.com)$/;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newShareToken(): string {
  let out = '';
  for (const b of randomBytes(32)) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export function itemOwner(state: EmulatorState, item: ItemRef): string | undefined {
  return item.type === 'file' ? state.content.files.get(item.id)?.ownerId : state.content.folders.get(item.id)?.ownerId;
}

/** Test/seed API: validates like Box would refuse to create a bad link (throws, it is a programming error). */
export function createShare(state: EmulatorState, item: ItemRef, opts: SharedLinkOptions = {}): StoredShare {
  const owner = itemOwner(state, item);
  if (owner === undefined) throw new Error(`emulator: no ${item.type} ${item.id} to share`);
  if (item.type === 'folder' && item.id === '0') throw new Error('emulator: the root folder cannot be shared');
  const previous = state.shares.forItem(item);
  const token = opts.token ?? previous?.token ?? newShareToken();
  if (!SHARE_TOKEN.test(token)) throw new Error(`emulator: shared link token must be 32 lowercase letters/digits, got ${token}`);
  const clash = state.shares.get(token);
  if (clash && clash !== previous) throw new Error(`emulator: token ${token} is already used`);
  const vanityName = opts.vanityName ?? null;
  if (vanityName !== null) {
    if (!VANITY_NAME.test(vanityName)) throw new Error(`emulator: vanity name must be 3-30 letters, digits or hyphens, got ${vanityName}`);
    const taken = state.shares.byVanity(vanityName);
    if (taken && taken !== previous) throw new Error(`emulator: vanity name ${vanityName} is already used`);
  }
  const access = opts.access ?? 'open';
  const share: StoredShare = {
    token,
    vanityName,
    access,
    password: opts.password ?? null,
    // spec SharedLink.permissions.can_download: "can be set to true when the effective access level is
    // set to open or company, not collaborators".
    canDownload: access === 'collaborators' ? false : (opts.canDownload ?? true),
    pageData: opts.pageData ?? true,
    item: { type: item.type, id: item.id },
  };
  state.shares.put(share);
  return share;
}

/** Links use the owner's company subdomain when it has one (e.g. utexas.app.box.com/s/…), else app.box.com. */
function webOrigin(state: EmulatorState, share: StoredShare): string {
  const owner = itemOwner(state, share.item) ?? state.user.id;
  const sub = state.enterpriseOf(owner).subdomain;
  return sub === null ? 'https://app.box.com' : `https://${sub}.app.box.com`;
}

export function shareInfo(state: EmulatorState, share: StoredShare): SharedLinkInfo {
  const origin = webOrigin(state, share);
  return {
    url: `${origin}/s/${share.token}`,
    token: share.token,
    // spec example vanity_url: "https://acme.app.box.com/v/my_url/" (with the trailing slash).
    vanityUrl: share.vanityName === null ? null : `${origin}/v/${share.vanityName}/`,
  };
}

/** `shared_link` field (schema File.shared_link / Folder.shared_link); the password itself is never shown. */
export function sharedLinkJson(state: EmulatorState, share: StoredShare): Record<string, unknown> {
  const info = shareInfo(state, share);
  const file = share.item.type === 'file' ? state.content.files.get(share.item.id) : undefined;
  const ext = file ? extensionOf(file.name) : '';
  const origin = new URL(info.url).origin;
  return {
    url: info.url,
    // "This property will be `null` for folders." Example https://www.box.com/shared/static/<token>.jpeg
    download_url: file ? `${origin}/shared/static/${share.token}${ext ? `.${ext}` : ''}` : null,
    vanity_url: info.vanityUrl,
    vanity_name: share.vanityName,
    access: share.access,
    effective_access: share.access,
    effective_permission: share.canDownload ? 'can_download' : 'can_preview',
    unshared_at: null,
    is_password_enabled: share.password !== null,
    permissions: { can_download: share.canDownload, can_preview: true, can_edit: false },
    download_count: 0,
    preview_count: 0,
  };
}

/** A shared link URL as Box issues it: `/s/<token>` or `/v/<vanity>` on a Box web host; query ignored. */
export function shareFromUrl(state: EmulatorState, link: string): StoredShare | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!WEB_HOST.test(url.hostname.toLowerCase())) return undefined;
  const m = /^\/(s|v)\/([^/]+)\/?$/.exec(url.pathname);
  if (!m) return undefined;
  return m[1] === 's' ? state.shares.get(m[2] ?? '') : state.shares.byVanity(m[2] ?? '');
}

/**
 * The BoxApi header, `shared_link=[link]&shared_link_password=[password]` (spec). Read as a query string
 * [inference: Box does not say how it parses it; SDKs (boxr, box-node-sdk) send the link unencoded, which a
 * query-string reading accepts as long as the link has no `&`/`+`, and an encoded link works too].
 */
export function parseBoxApi(header: string): { link: string | null; password: string | null } {
  const params = new URLSearchParams(header.trim());
  return { link: params.get('shared_link'), password: params.get('shared_link_password') };
}

/** The owner always may; `open` anyone; `company` the owner's company; `collaborators` only collaborators. */
export function mayUse(state: EmulatorState, user: DemoUser, share: StoredShare): boolean {
  const owner = itemOwner(state, share.item);
  if (owner === user.id) return true;
  if (share.access === 'open') return true;
  if (share.access === 'company') return owner !== undefined && state.enterpriseOf(owner).id === state.enterpriseOf(user.id).id;
  return false; // collaborators: the emulator models no collaborations with other users' content
}

/** Whether the link gives access to the item: the shared item itself, or anything below a shared folder. */
export function covers(state: EmulatorState, share: StoredShare, item: ItemRef): boolean {
  if (share.item.type === 'file') return item.type === 'file' && item.id === share.item.id;
  if (item.type === 'folder') return state.content.isWithin(item.id, share.item.id);
  const file = state.content.files.get(item.id);
  return file !== undefined && state.content.isWithin(file.parentId, share.item.id);
}

const typedId = (item: ItemRef): string => `${item.type === 'file' ? 'f' : 'd'}_${item.id}`;

/**
 * A link the user may not use answers like a missing item. Shape seen in a captured Box response for a
 * company-only folder link opened from another company (box/box-java-sdk issue 403):
 * 404 not_found, context_info.errors[{reason:"invalid_parameter", name:"unavailable", message:"Invalid value 'd_<id>'."}].
 */
function unavailable(item: ItemRef): Reply {
  return boxError(404, 'not_found', 'Not Found', {
    context_info: { errors: [{ reason: 'invalid_parameter', name: 'unavailable', message: `Invalid value '${typedId(item)}'.` }] },
  });
}

/** docs common-errors: 403 incorrect_shared_item_password, "A password is required for the shared item, but it
 * was either incorrect or not supplied." The message text is from a third-party client's table of Box errors. */
function wrongPassword(): Reply {
  return boxError(403, 'incorrect_shared_item_password', 'Incorrect Shared Item Password');
}

/** A password-protected link asks everyone but its owner [inference: Box support says collaborators are not
 * asked for the password; the emulator's only collaborator on an item is its owner]. */
export function passwordOk(state: EmulatorState, user: DemoUser, share: StoredShare, given: string | null): boolean {
  if (share.password === null || itemOwner(state, share.item) === user.id) return true;
  return given === share.password;
}

/** Resolves the BoxApi header of a request into a usable link, or the error Box answers. */
export function openLink(ctx: Ctx, user: DemoUser): { share: StoredShare } | { error: Reply } {
  const header = ctx.headers['boxapi'];
  // The header is `required: true` in the spec; docs common-errors: bad_request for a missing required
  // parameter [inference: the exact body for a missing BoxApi header is not documented].
  if (header === undefined || header.trim() === '') {
    return { error: badRequest('Bad Request', { errors: [{ reason: 'missing_parameter', name: 'boxapi', message: "'boxapi' is required" }] }) };
  }
  const { link, password } = parseBoxApi(header);
  if (link === null || link === '') {
    return { error: badRequest('Bad Request', { errors: [{ reason: 'invalid_parameter', name: 'boxapi', message: "'boxapi' must carry shared_link=[link]" }] }) };
  }
  const share = shareFromUrl(ctx.state, link);
  // Unknown or removed link: not_found [inference: body without context_info; no capture found].
  if (!share) return { error: boxError(404, 'not_found', 'Not Found') };
  if (!mayUse(ctx.state, user, share)) return { error: unavailable(share.item) };
  if (!passwordOk(ctx.state, user, share, password)) return { error: wrongPassword() };
  return { share };
}

/**
 * How the user reaches an item: as its owner (`via: null`), or through the link in the BoxApi header that
 * covers it ("This header can be used on the file or folder shared, as well as on any files or folders
 * nested within the item", spec `/files/{file_id}`). Otherwise Box answers 404, as for a missing item
 * (spec: 404 "not found or no access"). With own access the header is not looked at [inference].
 */
export function reach(ctx: Ctx, user: DemoUser, item: ItemRef, entity: StoredFile | StoredFolder,
  notFound: () => Reply): { via: StoredShare | null } | Reply {
  if (entity.ownerId === user.id) return { via: null };
  if (ctx.headers['boxapi'] === undefined) return notFound();
  const opened = openLink(ctx, user);
  if ('error' in opened) return opened.error;
  return covers(ctx.state, opened.share, item) ? { via: opened.share } : notFound();
}

/** The shared link that gives access to an item: its own, or the nearest shared folder above it. */
export function linkAbove(state: EmulatorState, item: ItemRef): StoredShare | undefined {
  const own = state.shares.forItem(item);
  if (own) return own;
  const parentId = item.type === 'file' ? state.content.files.get(item.id)?.parentId : state.content.folders.get(item.id)?.parentId;
  const chain = state.content.pathTo(parentId ?? null).reverse();
  for (const folder of chain) {
    const share = state.shares.forItem({ type: 'folder', id: folder.id });
    if (share) return share;
  }
  return undefined;
}
