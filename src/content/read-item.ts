// Reads one list row or grid card: which item it is, its name, whether it is selected. Pure
// DOM reads (attributes, text, `checked`): nothing here forces layout.
import { parseBoxHref } from './box-page-urls';
import { isFileId, isFolderId } from '../shared/box-ids';
import type { NotSignableType } from '../shared/box-urls';
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

/** Reads a row or card; null when it carries no item ID (header rows, pickers, placeholders). */
export function readItem(root: Element): ListItem | null {
  const link = root.matches(NAME_LINK) ? root : root.querySelector(NAME_LINK);
  const name = readName(link, root);
  const identity = identify(root, link, name);
  if (!identity) return null;
  return { ...identity, name, selected: isSelected(root), index: readIndex(root) };
}

function identify(root: Element, link: Element | null, name: string | null): { type: ItemType; id: string } | null {
  const href = link?.getAttribute('href');
  // Only ever called on Box pages (init checks the host), so the page origin is a Box origin.
  const target = href ? parseBoxHref(href, root.ownerDocument.location?.origin ?? 'null') : null;
  if (target?.kind === 'not-signable') return { type: target.itemType, id: target.id };
  if (target?.kind === 'folder') return { type: 'folder', id: target.folderId };
  const own = root.hasAttribute(FOLDER_ID_ATTR) || root.hasAttribute(FILE_ID_ATTR);
  const folderId = attribute(root, FOLDER_ID_ATTR, own) ?? link?.getAttribute(FOLDER_ID_ATTR) ?? null;
  if (isFolderId(folderId)) return { type: 'folder', id: folderId };
  const attrFileId = attribute(root, FILE_ID_ATTR, own);
  const fileId = isFileId(attrFileId) ? attrFileId : target?.kind === 'file' ? target.fileId : null;
  if (fileId === null) return null;
  return { type: name !== null && BOX_NOTE.test(name) ? 'note' : 'file', id: fileId };
}

/**
 * The row's own attribute (what High sources saw), else, when the row carries neither ID itself,
 * one on an element inside it.
 */
function attribute(root: Element, name: string, own: boolean): string | null {
  if (own) return root.getAttribute(name);
  return root.querySelector(`[${name}]:not(a)`)?.getAttribute(name) ?? null;
}

function readName(link: Element | null, root: Element): string | null {
  const holder = link ?? root.querySelector(NAME_FALLBACK);
  const text = holder?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text ? text.slice(0, NAME_MAX) : null;
}

/** Low confidence (see SELECTED_ROOT): any one signal counts. */
function isSelected(root: Element): boolean {
  if (root.matches(SELECTED_ROOT)) return true;
  const box = root.querySelector<HTMLInputElement>(SELECT_CHECKBOX);
  return box?.checked === true;
}

function readIndex(root: Element): number | null {
  const raw = root.getAttribute('data-item-index');
  const index = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(index) && index >= 0 ? index : null;
}
