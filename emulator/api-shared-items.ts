import { FILE_BASE, FILE_STANDARD, FOLDER_STANDARD, fileFull, folderFull, notFoundItem } from './api-files.ts';
import { empty, json, type Ctx, type Reply } from './http.ts';
import { selectFields } from './fields.ts';
import { openLink } from './shares.ts';
import type { DemoUser } from './state.ts';

// GET /2.0/shared_items (openapi `get_shared_items` and `/shared_items#folders`): the BoxApi header names a
// shared link; the answer is the file (File--Full, standard fields unless `fields`) or, for a folder link,
// the folder (Folder--Full; guide shared-links/find-for-item: "return the file or folder object").
// Errors: 400 without the header, 404 unknown link or no access, 403 incorrect_shared_item_password.

export function getSharedItem(ctx: Ctx, user: DemoUser): Reply {
  const opened = openLink(ctx, user);
  if ('error' in opened) return opened.error;
  const { share } = opened;
  // spec: 304 "when the If-None-Match header matches the current etag value" (every item's etag is "0" here).
  if (ctx.headers['if-none-match'] === '0') return empty(304);
  if (share.item.type === 'file') {
    const file = ctx.state.content.files.get(share.item.id);
    if (!file) return notFoundItem('f', share.item.id);
    const via = file.ownerId === user.id ? null : share;
    return json(200, selectFields(fileFull(ctx.state, file, via), FILE_STANDARD, FILE_BASE, ctx.query['fields']));
  }
  const folder = ctx.state.content.folders.get(share.item.id);
  if (!folder) return notFoundItem('d', share.item.id);
  // Guide find-for-item: "when the shared link is for a folder, the response of this API does not include the
  // list of nested items within that folder" (list them with GET /folders/{id}/items and the same header).
  const { item_collection: _items, ...withoutItems } = folderFull(ctx.state, folder);
  return json(200, selectFields(withoutItems, FOLDER_STANDARD, FILE_BASE, ctx.query['fields']));
}
