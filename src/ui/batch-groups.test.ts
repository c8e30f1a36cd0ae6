import { describe, expect, it } from 'vitest';
import { groupBatches } from './batch-groups';

describe('groupBatches', () => {
  it("puts a batch's items together where its first one is, and leaves lone items as they are", () => {
    const items = [
      { id: 1, batch: 'a' }, { id: 2, batch: null }, { id: 3, batch: 'b' }, { id: 4, batch: 'a' }, { id: 5, batch: undefined }, { id: 6, batch: 'a' },
    ];
    expect(groupBatches(items, (i) => i.batch).map((g) => (g.kind === 'one' ? g.item.id : `${g.id}:${g.items.map((i) => i.id).join(',')}`))).toEqual([
      'a:1,4,6', 2, 3, 5,
    ]);
  });
});
