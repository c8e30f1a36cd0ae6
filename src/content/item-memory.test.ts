import { describe, expect, it } from 'vitest';
import { ItemMemory } from './item-memory';
import type { ListItem } from './read-item';

const row = (id: string, over: Partial<ListItem> = {}): ListItem => ({ type: 'file', id, name: `${id}.pdf`, selected: false, index: null, ...over });

describe('ItemMemory', () => {
  it('updates a row seen again in place: no new object per recycled row per scroll batch', () => {
    const memory = new ItemMemory();
    memory.remember(row('1', { index: 4 }));
    const first = memory.get('file', '1');
    memory.remember(row('1', { selected: true, name: null, index: null }));
    expect(memory.get('file', '1')).toBe(first);
    // The present row is the truth for `selected`; a name or index it does not show is kept.
    expect(first).toEqual({ type: 'file', id: '1', name: '1.pdf', selected: true, index: 4, seen: 0 });
  });

  it('keeps list order: by index where rows carry one, else by first sight', () => {
    const memory = new ItemMemory();
    memory.remember(row('a'));
    memory.remember(row('b', { index: 7 }));
    memory.remember(row('c', { index: 2 }));
    memory.remember(row('a', { name: 'renamed.pdf' }));
    expect(memory.list().map((item) => [item.id, item.name])).toEqual([['c', 'c.pdf'], ['b', 'b.pdf'], ['a', 'renamed.pdf']]);
  });

  it('forgets everything when the list changes', () => {
    const memory = new ItemMemory();
    memory.setScope('folder:1');
    memory.remember(row('1'));
    memory.setScope('folder:1');
    expect(memory.size).toBe(1);
    memory.setScope('folder:2');
    expect(memory.size).toBe(0);
    expect(memory.get('file', '1')).toBeUndefined();
  });
});
