import { classificationField } from './classification.ts';
import { isoSeconds } from './clock.ts';
import { extensionOf, type StoredFile, type StoredFolder } from './content.ts';
import { boxError, methodNotAllowed } from './errors.ts';
import { selectFields } from './fields.ts';
import { empty, json, type Ctx, type Reply } from './http.ts';
import type { StoredShare } from './share-store.ts';
import { linkAbove, reach, sharedLinkJson } from './shares.ts';
import type { DemoUser, EmulatorState } from './state.ts';

// GET /2.0/files/{id}, GET /2.0/folders/{id}, GET /2.0/users/me — field sets from the OpenAPI schemas
// File / File--Full, Folder / Folder--Full, User / User--Full.

export const FILE_BASE = ['type', 'id', 'etag'] as const;
export const FILE_STANDARD = ['type', 'id', 'file_version', 'sequence_id', 'etag', 'sha1', 'name', 'description', 'size',
  'path_collection', 'created_at', 'modified_at', 'trashed_at', 'purged_at', 'content_created_at',
  'content_modified_at', 'created_by', 'modified_by', 'owned_by', 'shared_link', 'parent', 'item_status'] as const;
export const FOLDER_STANDARD = ['type', 'id', 'sequence_id', 'etag', 'name', 'created_at', 'modified_at', 'description',
  'size', 'path_collection', 'created_by', 'modified_by', 'trashed_at', 'purged_at', 'content_created_at',
  'content_modified_at', 'owned_by', 'shared_link', 'folder_upload_email', 'parent', 'item_status',
  'item_collection'] as const;
const USER_BASE = ['type', 'id'] as const;
const USER_STANDARD = ['type', 'id', 'name', 'login', 'created_at', 'modified_at', 'language', 'timezone',
  'space_amount', 'space_used', 'max_upload_size', 'status', 'job_title', 'phone', 'address', 'avatar_url',
  'notification_email'] as const;

// spec: 405 "Returned if the `file_id` is not in a recognized format".
const NUMERIC_ID = /^\d+$/;

function userMini(u: DemoUser): Record<string, unknown> {
  return { type: 'user', id: u.id, name: u.name, login: u.login };
}

function folderMini(f: StoredFolder): Record<string, unknown> {
  return { type: 'folder', id: f.id, sequence_id: f.id === '0' ? null : '0', etag: f.id === '0' ? null : '0', name: f.name };
}

function pathCollection(state: EmulatorState, parentId: string | null): Record<string, unknown> {
  const entries = state.content.pathTo(parentId).map(folderMini);
  return { total_count: entries.length, entries };
}

/**
 * can_download drives Box Sign ("requester needs download permission"); an owner has all other rights.
 * Someone reaching another user's file through a shared link may preview it, and download it when both the
 * file and the link allow (spec SharedLink.permissions: "do not supersede permissions applied to the item
 * itself") [inference: the other flags for a link-only viewer are not documented; all false].
 */
function filePermissions(file: StoredFile, via: StoredShare | null): Record<string, boolean> {
  if (via !== null) {
    return {
      can_download: file.canDownload && via.canDownload, can_preview: true, can_upload: false, can_comment: false,
      can_rename: false, can_delete: false, can_share: false, can_set_share_access: false,
      can_invite_collaborator: false, can_annotate: false, can_view_annotations_all: false,
      can_view_annotations_self: true, can_apply_watermark: false,
    };
  }
  return {
    can_download: file.canDownload, can_preview: true, can_upload: file.canDownload, can_comment: true,
    can_rename: file.canDownload, can_delete: file.canDownload, can_share: file.canDownload,
    can_set_share_access: file.canDownload, can_invite_collaborator: file.canDownload, can_annotate: true,
    can_view_annotations_all: true, can_view_annotations_self: true, can_apply_watermark: false,
  };
}

/** `via`: the shared link the viewer came through (null for the owner). */
export function fileFull(state: EmulatorState, file: StoredFile, via: StoredShare | null = null): Record<string, unknown> {
  const stamp = isoSeconds(file.createdAt);
  const owner = state.person(file.ownerId);
  const own = state.shares.forItem({ type: 'file', id: file.id });
  const viewer = state.user;
  const parent = state.content.folders.get(file.parentId);
  return {
    type: 'file', id: file.id,
    file_version: { type: 'file_version', id: file.versionId, sha1: file.sha1 },
    sequence_id: '0', etag: '0', sha1: file.sha1, name: file.name, description: '', size: file.size,
    path_collection: pathCollection(state, file.parentId),
    created_at: stamp, modified_at: stamp, trashed_at: null, purged_at: null,
    content_created_at: stamp, content_modified_at: stamp,
    created_by: userMini(owner), modified_by: userMini(owner), owned_by: userMini(owner),
    shared_link: own ? sharedLinkJson(state, own) : null, parent: parent ? folderMini(parent) : null, item_status: 'active',
    version_number: '1', comment_count: 0, permissions: filePermissions(file, via), tags: [], lock: null,
    extension: extensionOf(file.name), is_package: false, expiring_embed_link: null, watermark_info: { is_watermarked: false },
    // "Specifies if the file can be accessed via the direct shared link or a shared link to a parent folder."
    is_accessible_via_shared_link: linkAbove(state, { type: 'file', id: file.id }) !== undefined,
    allowed_invitee_roles: via === null ? ['editor', 'viewer', 'previewer', 'uploader', 'previewer uploader',
      'viewer uploader', 'co-owner'] : [],
    is_externally_owned: state.enterpriseOf(owner.id).id !== state.enterpriseOf(viewer.id).id, has_collaborations: false,
    classification: classificationField(file),
  };
}

export function notFoundItem(kind: string, id: string): Reply {
  return boxError(404, 'not_found', 'Not Found', {
    context_info: { errors: [{ reason: 'invalid_parameter', name: 'item', message: `Invalid value '${kind}_${id}'. 'item' with value '${kind}_${id}' not found` }] },
  });
}

function notModified(ctx: Ctx, etag: string): boolean {
  return ctx.headers['if-none-match'] === etag;
}

export function getFile(ctx: Ctx, user: DemoUser, id: string): Reply {
  if (!NUMERIC_ID.test(id)) return methodNotAllowed();
  const file = ctx.state.content.files.get(id);
  if (!file) return notFoundItem('f', id);
  const access = reach(ctx, user, { type: 'file', id }, file, () => notFoundItem('f', id));
  if ('status' in access) return access;
  if (notModified(ctx, '0')) return empty(304);
  return json(200, selectFields(fileFull(ctx.state, file, access.via), FILE_STANDARD, FILE_BASE, ctx.query['fields']));
}

export function folderFull(state: EmulatorState, folder: StoredFolder): Record<string, unknown> {
  const stamp = isoSeconds(folder.createdAt);
  const { folders, files } = state.content.childrenOf(folder.id);
  const entries = [
    ...folders.map(folderMini),
    ...files.map((f) => ({ type: 'file', id: f.id, file_version: { type: 'file_version', id: f.versionId, sha1: f.sha1 }, sequence_id: '0', etag: '0', sha1: f.sha1, name: f.name })),
  ];
  const parent = folder.parentId === null ? undefined : state.content.folders.get(folder.parentId);
  const isRoot = folder.id === '0';
  const owner = state.person(folder.ownerId);
  const own = isRoot ? undefined : state.shares.forItem({ type: 'folder', id: folder.id });
  return {
    ...folderMini(folder),
    created_at: isRoot ? null : stamp, modified_at: isRoot ? null : stamp, description: '',
    size: files.reduce((n, f) => n + f.size, 0),
    path_collection: pathCollection(state, folder.parentId),
    created_by: isRoot ? { type: 'user', id: '', name: '', login: '' } : userMini(owner),
    modified_by: userMini(owner), trashed_at: null, purged_at: null,
    content_created_at: isRoot ? null : stamp, content_modified_at: isRoot ? null : stamp,
    owned_by: userMini(owner), shared_link: own ? sharedLinkJson(state, own) : null, folder_upload_email: null,
    parent: parent ? folderMini(parent) : null, item_status: 'active',
    item_collection: { total_count: entries.length, entries, offset: 0, limit: 100, order: [{ by: 'type', direction: 'ASC' }, { by: 'name', direction: 'ASC' }] },
  };
}

export function getFolder(ctx: Ctx, user: DemoUser, id: string): Reply {
  if (!NUMERIC_ID.test(id)) return methodNotAllowed();
  const folder = ctx.state.content.folders.get(id);
  if (!folder) return notFoundItem('d', id);
  const access = reach(ctx, user, { type: 'folder', id }, folder, () => notFoundItem('d', id));
  if ('status' in access) return access;
  return json(200, selectFields(folderFull(ctx.state, folder), FOLDER_STANDARD, FILE_BASE, ctx.query['fields']));
}

function userFull(state: EmulatorState, user: DemoUser): Record<string, unknown> {
  const stamp = isoSeconds(Date.UTC(2020, 0, 15, 9, 30));
  return {
    type: 'user', id: user.id, name: user.name, login: user.login, created_at: stamp, modified_at: isoSeconds(state.now()),
    language: 'en', timezone: 'Europe/London', space_amount: 999999999999999, space_used: 1237009912,
    max_upload_size: 53687091200, status: 'active', job_title: '', phone: '', address: '',
    avatar_url: `https://app.box.com/api/avatar/large/${user.id}`, notification_email: null,
    role: 'user', tracking_codes: [], can_see_managed_users: false, is_sync_enabled: true,
    is_external_collab_restricted: false, is_exempt_from_device_limits: false,
    is_exempt_from_login_verification: false, enterprise: { type: 'enterprise', id: '1000001', name: 'Example Corp' },
    my_tags: [], hostname: 'https://app.box.com/', is_platform_access_only: false, external_app_user_id: null,
  };
}

export function getMe(ctx: Ctx, user: DemoUser): Reply {
  return json(200, selectFields(userFull(ctx.state, user), USER_STANDARD, USER_BASE, ctx.query['fields']));
}
