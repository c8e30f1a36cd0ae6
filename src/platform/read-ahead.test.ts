import { describe, expect, it, vi } from 'vitest';
import { readAhead } from './read-ahead';
import { memoryArea, type StorageArea } from '../shared/storage-area';

function counted(initial: Record<string, unknown>) {
  const area = memoryArea(initial);
  const get = vi.fn(area.get);
  return { area: { ...area, get } as StorageArea & { dump(): Record<string, unknown> }, get };
}

describe('readAhead', () => {
  it('answers the first read of each key from the read already under way, later ones afresh', async () => {
    const { area, get } = counted({ a: 1, b: 2, c: 3 });
    const ahead = readAhead(area, ['a', 'b']);
    expect(get).toHaveBeenCalledTimes(1);
    await area.set({ a: 10 }); // behind its back: the early answer predates it
    expect(await ahead.get('a')).toEqual({ a: 1 });
    expect(await ahead.get(['b'])).toEqual({ b: 2 });
    expect(get).toHaveBeenCalledTimes(1);
    expect(await ahead.get('a')).toEqual({ a: 10 });
    expect(await ahead.get('c')).toEqual({ c: 3 });
    expect(get).toHaveBeenCalledTimes(3);
  });

  it('uses a read started elsewhere, and leaves out keys that are not stored', async () => {
    const { area, get } = counted({});
    const ahead = readAhead(area, ['a', 'missing'], Promise.resolve({ a: 'early' }));
    expect(await ahead.get(['a', 'missing'])).toEqual({ a: 'early' });
    expect(get).not.toHaveBeenCalled();
  });

  it('reads afresh after its own write or removal of a key', async () => {
    const { area } = counted({ a: 1, b: 2 });
    const ahead = readAhead(area, ['a', 'b']);
    await ahead.set({ a: 5 });
    await ahead.remove('b');
    expect(await ahead.get(['a', 'b'])).toEqual({ a: 5 });
  });

  it('passes a failed early read on to whoever takes it, and only to them', async () => {
    const { area } = counted({ a: 1 });
    const ahead = readAhead(area, ['a'], Promise.reject(new Error('gone')));
    await new Promise((resolve) => setTimeout(resolve, 0)); // no unhandled rejection meanwhile
    await expect(ahead.get('a')).rejects.toThrow('gone');
    expect(await ahead.get('a')).toEqual({ a: 1 });
  });
});
