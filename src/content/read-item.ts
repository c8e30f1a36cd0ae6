// Reads one list row or grid card: which item it is, its name, whether it is selected. Pure
// DOM reads (attributes, text, `checked`): nothing here forces layout.
import { parseBoxHref } from './box-page-urls';
import { isFileId, isFolderId } from '../shared/box-ids';
import type { BoxLocation, NotSignableType } from '../shared/box-urls';
import {
  FILE_ID_ATTR,
  FOLDER_ID_ATTR,
  ID_CARRIER,
  ITEM_ROOT,
  NAME_FALLBACK,
  NAME_LINK,
  SELECT_CHECKBOX,
  SELECTED_ROOT,
} from './selectors';

export type ItemType = 'file' | NotSignableType;

export interface ListItem {
  type: ItemType;
  id: string;
  name: string | null;
  selected: boolean;
  /** The row's position in the whole list (`data-item-index`, High), for list order. */
  index: number | null;
}

/** Box Notes are `.boxnote` files: refused like `/notes/<id>` links (notes 1.4). */
const BOX_NOTE = /\.boxnote$/i;
const NAME_MAX = 1024;

/** The row or card an element belongs to, or null when it is not inside one. */
export function itemRootOf(element: Element): Element | null {
  return element.closest(ITEM_ROOT) ?? element.closest(ID_CARRIER);
}

/**
 * Reads a row or card; null when it carries no item ID (header rows, pickers, placeholders).
 * `origin`: the page's, which the watcher reads once (`location.origin` builds a new string on every
 * read, about 1 µs, 60 times a scroll batch). Only ever called on Box pages (init checks the host).
 */
export function readItem(root: Element, origin: string): ListItem | null {
  const link = root.matches(NAME_LINK) ? root : root.querySelector(NAME_LINK);
  const name = readName(link, root);
  const identity = identify(root, link, name, origin);
  if (!identity) return null;
  // A literal, not a spread of `identity`: a spread copies through a slow generic path (issue 13).
  return { type: identity.type, id: identity.id, name, selected: isSelected(root), index: readIndex(root) };
}

function identify(root: Element, link: Element | null, name: string | null, origin: string): { type: ItemType; id: string } | null {
  // A link to a file (`/file/<id>…`, Box's row links) parses to a file or to nothing: it decides only when
  // the row carries no valid file ID itself, so it is read and parsed only then (issue 13; see
  // docs/performance.md: each new string read from the DOM costs the page more than its read).
  const target = link?.matches('[href^="/file/"]') ? null : hrefTarget(link, origin);
  if (target?.kind === 'not-signable') return { type: target.itemType, id: target.id };
  if (target?.kind === 'folder') return { type: 'folder', id: target.folderId };
  // The row's own attributes (what High sources saw), else, when it carries neither ID itself, one
  // on an element inside it. Two reads rather than hasAttribute then getAttribute: 60 rows a batch.
  const ownFolderId = root.getAttribute(FOLDER_ID_ATTR);
  const ownFileId = root.getAttribute(FILE_ID_ATTR);
  const own = ownFolderId !== null || ownFileId !== null;
  const folderId = (own ? ownFolderId : inner(root, FOLDER_ID_ATTR)) ?? link?.getAttribute(FOLDER_ID_ATTR);
  if (isFolderId(folderId)) return { type: 'folder', id: folderId };
  let fileId = own ? ownFileId : inner(root, FILE_ID_ATTR);
  if (!isFileId(fileId)) {
    const late = target ?? hrefTarget(link, origin);
    fileId = late?.kind === 'file' ? late.fileId : null;
  }
  return fileId ? { type: name !== null && BOX_NOTE.test(name) ? 'note' : 'file', id: fileId } : null;
}

function hrefTarget(link: Element | null, origin: string): BoxLocation | null {
  const href = link?.getAttribute('href');
  return href ? parseBoxHref(href, origin) : null;
}

/** An ID attribute on an element inside the row (links apart: a link's ID is the one it points to). */
function inner(root: Element, name: string): string | null {
  return root.querySelector(`[${name}]:not(a)`)?.getAttribute(name) ?? null;
}

function readName(link: Element | null, root: Element): string | null {
  const holder = link ?? root.querySelector(NAME_FALLBACK);
  // An empty name, or none, is null.
  return holder?.textContent?.replace(/\s\s+|[^\S ]/g, ' ').trim().slice(0, NAME_MAX) || null;
}

/** Low confidence (see SELECTED_ROOT): any one signal counts. */
function isSelected(root: Element): boolean {
  return root.matches(SELECTED_ROOT) || root.querySelector<HTMLInputElement>(SELECT_CHECKBOX)?.checked === true;
}

function readIndex(root: Element): number | null {
  const index = Number(root.getAttribute('data-item-index') ?? -1);
  return index >= 0 && Number.isSafeInteger(index) ? index : null;
}
