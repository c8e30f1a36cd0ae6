import { isoSeconds } from './clock.ts';
import { hexToken, sha1Hex } from './ids.ts';
import type { EmulatorFile, EmulatorFolder } from './types.ts';

export interface StoredFile {
  id: string;
  name: string;
  size: number;
  parentId: string;
  canDownload: boolean;
  /** See EmulatorFile.convertFails. */
  convertFails?: boolean;
  sha1: string;
  versionId: string;
  createdAt: number;
  ownerId: string;
  /** Box classification label, null: unclassified. */
  classification: string | null;
}

export interface StoredFolder {
  id: string;
  name: string;
  parentId: string | null;
  createdAt: number;
  ownerId: string;
}

/**
 * Files and folders of the demo account, plus items owned by another Box user (reachable only through a
 * shared link). Box makes everything inside a folder belong to the folder's owner, so only items at the
 * top level (parent `0`, which stands for each user's own "All Files") choose their owner.
 */
export class ContentStore {
  readonly files = new Map<string, StoredFile>();
  readonly folders = new Map<string, StoredFolder>();
  private nextVersion = 1_500_000_000_000;

  constructor(private readonly now: () => number, private readonly ownerId: string, private readonly otherOwnerId: string) {
    this.folders.set('0', { id: '0', name: 'All Files', parentId: null, createdAt: now(), ownerId });
  }

  /** Owner of a new item in `parentId`: the parent folder's owner, or at the top level the caller's choice. */
  private ownerFor(parentId: string, ownedByOther: boolean | undefined, what: string): string {
    if (parentId === '0') return ownedByOther ? this.otherOwnerId : this.ownerId;
    const parent = this.folders.get(parentId);
    if (!parent) throw new Error(`emulator: parent folder ${parentId} of ${what} does not exist`);
    const wantOther = ownedByOther ?? parent.ownerId !== this.ownerId;
    if (wantOther !== (parent.ownerId !== this.ownerId)) {
      throw new Error(`emulator: ${what} must have the owner of its folder ${parentId} (Box: a folder's content belongs to the folder's owner)`);
    }
    return parent.ownerId;
  }

  addFolder(f: EmulatorFolder): StoredFolder {
    const parentId = f.id === '0' ? null : (f.parentFolderId ?? '0');
    const folder: StoredFolder = {
      id: f.id,
      name: f.name,
      parentId,
      createdAt: this.now(),
      ownerId: parentId === null ? this.ownerId : this.ownerFor(parentId, f.ownedByOther, `folder ${f.id}`),
    };
    this.folders.set(folder.id, folder);
    return folder;
  }

  addFile(f: EmulatorFile): StoredFile {
    const parentId = f.parentFolderId ?? '0';
    const file: StoredFile = {
      id: f.id,
      name: f.name,
      size: f.size ?? 10_000 + (Number(f.id.slice(-4)) || 0) * 7,
      parentId,
      canDownload: f.canDownload ?? true,
      ...(f.convertFails ? { convertFails: true } : {}),
      sha1: sha1Hex(`${f.id}:${f.name}`),
      versionId: String(this.nextVersion++),
      createdAt: this.now(),
      ownerId: this.ownerFor(parentId, f.ownedByOther, `file ${f.id}`),
      classification: f.classification ?? null,
    };
    this.files.set(file.id, file);
    return file;
  }

  /** A name not yet used in the folder: Box appends " (1)", " (2)"… (docs example "Simple-PDF (1).pdf"). */
  uniqueName(folderId: string, name: string): string {
    const taken = new Set([...this.files.values()].filter((f) => f.parentId === folderId).map((f) => f.name));
    if (!taken.has(name)) return name;
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    for (let i = 1; ; i++) {
      const candidate = `${base} (${i})${ext}`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  /** Items in a folder. Only its owner's: another user's top-level items sit in *their* "All Files". */
  childrenOf(folderId: string): { folders: StoredFolder[]; files: StoredFile[] } {
    const owner = this.folders.get(folderId)?.ownerId ?? this.ownerId;
    const inside = (f: { parentId: string | null; ownerId: string }) => f.parentId === folderId && f.ownerId === owner;
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    return {
      folders: [...this.folders.values()].filter(inside).sort(byName),
      files: [...this.files.values()].filter(inside).sort(byName),
    };
  }

  /** True when `folderId` is `ancestorId` or lies below it. */
  isWithin(folderId: string | null, ancestorId: string): boolean {
    return this.pathTo(folderId).some((f) => f.id === ancestorId);
  }

  /** Ancestors from the root down to (excluding) the item, as Box's path_collection lists them. */
  pathTo(folderId: string | null): StoredFolder[] {
    const chain: StoredFolder[] = [];
    let id = folderId;
    while (id !== null) {
      const folder = this.folders.get(id);
      if (!folder) break;
      chain.unshift(folder);
      id = folder.parentId;
    }
    return chain;
  }

  newFileId(): string {
    let id: string;
    do id = String(1_300_000_000_000 + Number.parseInt(hexToken(4), 16));
    while (this.files.has(id));
    return id;
  }
}

/** Extension as Box derives it: text after the last dot, "" when none ("By default, this is set to an empty string"). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function fileTimestamp(file: StoredFile): string {
  return isoSeconds(file.createdAt);
}
