// Shared-link pages carry their first server render as JSON in an inline script:
// `Box.postStreamData = {"/app-api/enduserapp/shared-item": {itemType, itemID, sharedName}, …}`
// (notes 2.3, High: yt-dlp box.py, Cyberdrop-DL and several scrapers read it). The page's
// `window.Box` lives in the main world, which a content script cannot see, so we read the
// script *text*. It reflects the first render only: callers check it still matches the URL.
import { FOLDER_ID_PATTERN, ITEM_ID_PATTERN, isFolderId } from '../shared/box-ids';
import type { ItemType } from './read-item';
import { shaped } from './shaped';

const MARKER = 'Box.postStreamData';
const ITEM_KEY = new RegExp(`^\\/app-api\\/enduserapp\\/item\\/f_(${ITEM_ID_PATTERN})$`);
const TYPED_ID = new RegExp(`^([fd])_(${FOLDER_ID_PATTERN})$`);

type RawId = string | number;

interface StreamItem {
  type: ItemType;
  id: string;
  name: string | null;
}

export interface StreamData {
  /** What the shared link points at. */
  sharedItem: { type: ItemType; id: string; sharedName: string | null } | null;
  /** The shared folder's first page of items (20 per page). */
  folder: { id: string; name: string | null; items: StreamItem[] } | null;
  /** Single-file shares: `"/app-api/enduserapp/item/f_<id>"` entries. */
  files: StreamItem[];
}

/** Finds and reads the bootstrap data among the page's inline script texts; null if absent or unreadable. */
export function readStreamData(scriptTexts: Iterable<string>): StreamData | null {
  for (const text of scriptTexts) {
    const at = text.indexOf(MARKER);
    if (at === -1) continue;
    const json = objectLiteralAfter(text, at + MARKER.length);
    const data = json === null ? null : parseJson(json);
    if (data !== null) return interpret(data);
  }
  return null;
}

/** The balanced `{…}` after `= ` at `from`, skipping braces inside strings. */
export function objectLiteralAfter(text: string, from: number): string | null {
  const equals = /^\s*=\s*/.exec(text.slice(from, from + 20));
  const start = equals ? from + equals[0].length : -1;
  if (start === -1 || text[start] !== '{') return null;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** The object the JSON text holds (an object with no fields required), else null. */
function parseJson(json: string): Record<string, unknown> | null {
  try {
    return shaped(JSON.parse(json), {});
  } catch {
    return null;
  }
}

function interpret(data: Record<string, unknown>): StreamData {
  return {
    sharedItem: readSharedItem(data['/app-api/enduserapp/shared-item']),
    folder: readFolder(data['/app-api/enduserapp/shared-folder']),
    files: readItemEntries(data),
  };
}

function readSharedItem(raw: unknown): StreamData['sharedItem'] {
  const item = shaped(raw, { itemType: 'string', itemID: 'id', sharedName: 'string?' });
  const id = item && toId(item.itemID);
  const type = item && toType(item.itemType);
  return item && id && type ? { type, id, sharedName: item.sharedName ?? null } : null;
}

function readFolder(raw: unknown): StreamData['folder'] {
  const folder = shaped(raw, { currentFolderID: 'id', currentFolderName: 'string?', items: 'array?' });
  const id = folder && toId(folder.currentFolderID);
  if (!id) return null;
  const items = ((folder.items ?? []) as unknown[]).map(readFolderItem).filter((item) => item !== null);
  return { id, name: folder.currentFolderName ?? null, items };
}

function readFolderItem(raw: unknown): StreamItem | null {
  const item = shaped(raw, { typedID: 'string?', type: 'string?', itemID: 'id?', name: 'string?' });
  if (!item) return null;
  const typed = fromTypedId(item.typedID);
  const type = typed?.type ?? toType(item.type);
  const id = typed?.id ?? toId(item.itemID);
  return type && id ? { type, id, name: item.name ?? null } : null;
}

function readItemEntries(data: Record<string, unknown>): StreamItem[] {
  const out: StreamItem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const m = ITEM_KEY.exec(key);
    if (!m) continue;
    out.push({ type: 'file', id: m[1]!, name: shaped(value, { name: 'string?' })?.name ?? null });
  }
  return out;
}

/** `f_<id>` is a file, `d_<id>` a folder (notes: typed IDs). */
function fromTypedId(typed: string | undefined): { type: ItemType; id: string } | null {
  const m = typed ? TYPED_ID.exec(typed) : null;
  return m ? { type: m[1] === 'f' ? 'file' : 'folder', id: m[2]! } : null;
}

/** IDs as strings; a JSON number is only trusted while it is exact (IDs may pass 2^53 one day). */
function toId(raw: RawId | undefined): string | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : null;
  return isFolderId(raw) ? raw : null;
}

const STREAM_TYPES: readonly (string | undefined)[] = ['file', 'folder', 'web_link'];

function toType(raw: string | undefined): ItemType | null {
  return STREAM_TYPES.includes(raw) ? (raw as ItemType) : null;
}
