// Bulk send's requests, grouped as one batch wherever a list shows them (the popup's Sent view, the
// All requests page): the batch takes the place of its first request in the list's own order, and
// holds all of its requests that the list shows. A request of no batch, or alone of its batch, stays
// a row of its own. Pure.
export type Grouped<T> = { kind: 'one'; item: T } | { kind: 'batch'; id: string; items: T[] };

export function groupBatches<T>(items: readonly T[], batchOf: (item: T) => string | null | undefined): Grouped<T>[] {
  const members = new Map<string, T[]>();
  for (const item of items) {
    const id = batchOf(item);
    if (id) members.set(id, [...(members.get(id) ?? []), item]);
  }
  const out: Grouped<T>[] = [];
  const placed = new Set<string>();
  for (const item of items) {
    const id = batchOf(item);
    const batch = id ? members.get(id)! : null;
    if (!id || !batch || batch.length < 2) out.push({ kind: 'one', item });
    else if (!placed.has(id)) {
      placed.add(id);
      out.push({ kind: 'batch', id, items: batch });
    }
  }
  return out;
}
