// What Box file(s) the user means on this page, from the URL, the remembered list rows and the
// shared-link bootstrap data. Pure: the DOM is read elsewhere (watch-page.ts).
import { isFileId } from '../shared/box-ids';
import { NOT_SIGNABLE_REASONS, parseBoxUrl, type BoxLocation } from '../shared/box-urls';
import type { PageFiles } from '../shared/messages';
import type { ItemMemory, RememberedItem } from './item-memory';
import type { StreamData } from './stream-data';

/** Listed (unselected) files beyond this are counted, not sent: Box Sign takes 10 files anyway. */
export const LISTED_MAX = 500;

export interface PageInput {
  /** `location.href` now. */
  href: string;
  /** The URL the document was loaded at: the bootstrap data describes that page only. */
  loadHref: string;
  memory: ItemMemory;
  /** Read lazily: parsing the bootstrap script costs more than everything else here. */
  streamData: () => StreamData | null;
  /** The file ID on Box Preview's controls, if any (Medium). */
  previewFileId: () => string | null;
}

type FileEntry = PageFiles['files'][number];
type NotSignable = NonNullable<PageFiles['notSignable']>[number];

interface PageItem {
  preview: FileEntry | null;
  folder: PageFiles['folder'];
  notSignable: NotSignable[];
  unresolved: boolean;
  /** Files of a shared folder's bootstrap data, for when its rows have not been seen. */
  dataFiles: FileEntry[];
}

const NONE: PageItem = { preview: null, folder: null, notSignable: [], unresolved: false, dataFiles: [] };

export function pageFiles(input: PageInput): PageFiles {
  const location = parseBoxUrl(input.href);
  const page = pageItem(location, input);
  const items = input.memory.list();
  const selected = items.filter((item) => item.selected);
  const listed = [
    ...items.filter((item) => !item.selected && item.type === 'file').map((item) => entry(item, 'listed')),
    ...page.dataFiles.filter((file) => !input.memory.get('file', file.id)),
  ];
  const files = dedupe([
    ...selected.filter((item) => item.type === 'file').map((item) => entry(item, 'selected')),
    ...(page.preview ? [page.preview] : []),
    ...listed,
  ]).filter((file) => isFileId(file.id));
  const kept = files.filter((file) => file.source !== 'listed').length + LISTED_MAX;
  const share = shareOf(location);
  return {
    files: files.slice(0, kept),
    pageUrl: input.href,
    sharedLink: share,
    unresolved: page.unresolved && share !== null ? { sharedLink: share } : null,
    notSignable: [...page.notSignable, ...selected.flatMap(refusal)],
    folder: page.folder,
    omitted: Math.max(files.length - kept, 0),
  };
}

function pageItem(location: BoxLocation, input: PageInput): PageItem {
  switch (location.kind) {
    case 'file': {
      // The remembered name, else the bootstrap data's (a missing name and a null one alike).
      const name = input.memory.get('file', location.fileId)?.name ?? freshData(location, input)?.files.find((f) => f.id === location.fileId)?.name ?? null;
      const folder = location.folderId === null ? null : { id: location.folderId, name: null };
      return { ...NONE, preview: { id: location.fileId, name, source: 'preview' }, folder };
    }
    case 'folder': {
      const data = freshData(location, input)?.folder;
      const current = data?.id === location.folderId ? data : null;
      return { ...NONE, folder: { id: location.folderId, name: current?.name ?? null }, dataFiles: dataFilesOf(current) };
    }
    case 'shared-link':
      return sharedLinkItem(input, freshData(location, input));
    case 'not-signable':
      return { ...NONE, notSignable: [{ type: location.itemType, id: location.id, name: null, reason: location.reason }] };
    default: // 'box-page', 'not-box'
      return NONE;
  }
}

/** A bare `/s/<token>` or `/v/<name>`: the bootstrap data says what it is, else the preview controls. */
function sharedLinkItem(input: PageInput, data: StreamData | null): PageItem {
  const item = data?.sharedItem;
  if (item?.type === 'file') {
    const name = data?.files.find((f) => f.id === item.id)?.name ?? input.memory.get('file', item.id)?.name ?? null;
    return { ...NONE, preview: { id: item.id, name, source: 'preview' } };
  }
  if (item?.type === 'folder') {
    const current = data?.folder?.id === item.id ? data.folder : null;
    return { ...NONE, folder: { id: item.id, name: current?.name ?? null }, dataFiles: dataFilesOf(current) };
  }
  if (item) return { ...NONE, notSignable: [{ type: item.type, id: item.id, name: null, reason: NOT_SIGNABLE_REASONS[item.type] }] };
  const previewId = input.previewFileId();
  if (previewId !== null) return { ...NONE, preview: { id: previewId, name: null, source: 'preview' } };
  return { ...NONE, unresolved: true };
}

/**
 * The bootstrap data, if it still describes the page: it names the same share, or the URL path has
 * not changed since load (vanity pages may carry the underlying shared name instead).
 */
function freshData(location: BoxLocation, input: PageInput): StreamData | null {
  if (!('share' in location) || location.share === null) return null;
  const data = input.streamData();
  if (data === null) return null;
  const sharedName = data.sharedItem?.sharedName ?? null;
  return sharedName === location.share.name || samePath(input.href, input.loadHref) ? data : null;
}

function samePath(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

function shareOf(location: BoxLocation): string | null {
  return ('share' in location && location.share?.url) || null;
}

function entry(item: RememberedItem, source: 'selected' | 'listed'): FileEntry {
  return { id: item.id, name: item.name, source };
}

function dataFilesOf(folder: StreamData['folder']): FileEntry[] {
  return (folder?.items ?? []).filter((item) => item.type === 'file').map((item) => ({ id: item.id, name: item.name, source: 'listed' }));
}

/** First occurrence wins: a selected file is not repeated as the preview or as listed. */
function dedupe(files: FileEntry[]): FileEntry[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.id) && !!seen.add(file.id));
}

/** Selected rows that are not files: said so, with the reason. */
function refusal(item: RememberedItem): NotSignable[] {
  if (item.type === 'file') return [];
  return [{ type: item.type, id: item.id, name: item.name, reason: NOT_SIGNABLE_REASONS[item.type] }];
}
