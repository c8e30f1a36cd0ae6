// What a virtualised list has shown so far. react-virtualized keeps only the rows near the
// viewport in the DOM and recycles them as the user scrolls (notes 2.1), so the rows the user
// selected may no longer exist: we remember every item seen, keyed by type and ID, until the
// list changes (another folder, share or search).
import type { ItemType, ListItem } from './read-item';

export interface RememberedItem extends ListItem {
  /** Order of first sight: the list order when rows carry no `data-item-index`. */
  seen: number;
}

export class ItemMemory {
  private readonly items = new Map<string, RememberedItem>();
  private scope = '';
  private counter = 0;

  get size(): number {
    return this.items.size;
  }

  /** Forgets everything when the list changes. */
  setScope(scope: string): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.items.clear();
  }

  /**
   * Records a row as it is now. A present row is the truth: selected or not, it replaces what was
   * remembered. Items whose rows left the DOM keep their last state. A new item is kept as it is given,
   * with its `seen` added (the caller's object: readItem makes one per read, for this alone).
   */
  remember(item: ListItem): void {
    const key = keyOf(item.type, item.id);
    const known = this.items.get(key);
    if (!known) {
      // No copy: `{ seen, ...item }` was a second object per new row, 60 a scroll batch, garbage at once.
      (item as RememberedItem).seen = this.counter++;
      this.items.set(key, item as RememberedItem);
      return;
    }
    // A row seen again (every recycled row of every scroll batch) is updated in place: a new object
    // and a Map write per row per batch was garbage the page collected mid-scroll (issue 13's p95).
    known.selected = item.selected;
    if (item.name !== null) known.name = item.name;
    if (item.index !== null) known.index = item.index;
  }

  get(type: ItemType, id: string): RememberedItem | undefined {
    return this.items.get(keyOf(type, id));
  }

  /** Everything remembered, in list order. */
  list(): RememberedItem[] {
    return [...this.items.values()].sort(byListOrder);
  }
}

function keyOf(type: ItemType, id: string): string {
  return type + ':' + id;
}

function byListOrder(a: RememberedItem, b: RememberedItem): number {
  // Rows without an index after those with one (Infinity); NaN (neither has one) and 0 fall back to first sight.
  return (a.index ?? Infinity) - (b.index ?? Infinity) || a.seen - b.seen;
}
