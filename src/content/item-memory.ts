// What a virtualised list has shown so far. react-virtualized keeps only the rows near the
// viewport in the DOM and recycles them as the user scrolls (notes 2.1), so the rows the user
// selected may no longer exist: we remember every item seen, keyed by type and ID, until the
// list changes (another folder, share or search).
import type { ItemType, ListItem } from './read-item';

export interface RememberedItem extends ListItem {
  /** Order of first sight: the list order when rows carry no `data-item-index`. */
  seen: number;
}

/**
 * Items per Map. A Map that fills doubles its table and moves every entry into the new one inside the
 * insert that filled it: in a scroll through a 5,000-row folder that was 1024, 2048 and 4096 entries,
 * 0.4-2.4 ms of CPU each, three of the scroll's five slowest batches (issue 13's p95). Maps of at most
 * CHUNK items move at most half that; a row not yet seen is looked up in every Map, one per CHUNK items.
 */
const CHUNK = 1024;

export class ItemMemory {
  /** Newest first: the rows seen again most are the latest seen. */
  private chunks: Map<string, RememberedItem>[] = [];
  private scope = '';
  /**
   * Items remembered in this scope (each counted once as it is first seen; none is forgotten alone). Read
   * it only: a field rather than a getter over the Maps, for the content script's bytes.
   */
  size = 0;

  /** Forgets everything when the list changes. */
  setScope(scope: string): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.chunks = [];
    this.size = 0;
  }

  /**
   * Records a row as it is now. A present row is the truth: selected or not, it replaces what was
   * remembered. Items whose rows left the DOM keep their last state. A new item is kept as it is given,
   * with its `seen` added (the caller's object: readItem makes one per read, for this alone).
   */
  remember(item: ListItem): void {
    const key = item.type + ':' + item.id;
    const known = this.find(key);
    if (!known) {
      if (!(this.size % CHUNK)) this.chunks.unshift(new Map());
      // No copy: `{ seen, ...item }` was a second object per new row, 60 a scroll batch, garbage at once.
      (item as RememberedItem).seen = this.size++;
      this.chunks[0]!.set(key, item as RememberedItem);
      return;
    }
    // A row seen again (every recycled row of every scroll batch) is updated in place: a new object
    // and a Map write per row per batch was garbage the page collected mid-scroll (issue 13's p95).
    known.selected = item.selected;
    if (item.name !== null) known.name = item.name;
    if (item.index !== null) known.index = item.index;
  }

  get(type: ItemType, id: string): RememberedItem | undefined {
    return this.find(type + ':' + id);
  }

  /** Everything remembered, in list order. */
  list(): RememberedItem[] {
    return this.chunks.flatMap((chunk) => [...chunk.values()]).sort(byListOrder);
  }

  /** `key`: `type:id` (a file and a folder may have the same ID). */
  private find(key: string): RememberedItem | undefined {
    for (const chunk of this.chunks) {
      const item = chunk.get(key);
      if (item) return item;
    }
    return undefined;
  }
}

function byListOrder(a: RememberedItem, b: RememberedItem): number {
  // Rows without an index after those with one (Infinity); NaN (neither has one) and 0 fall back to first sight.
  return (a.index ?? Infinity) - (b.index ?? Infinity) || a.seen - b.seen;
}
