import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { createTrackingStore, MAX_TRACKED, parseState, TRACKING_KEY, type StoredRequest } from './store';

const entry = (id: string, createdAt: number, over: Partial<StoredRequest> = {}): StoredRequest => ({
  id,
  createdAt,
  files: [{ id: '1', name: 'a.pdf' }],
  signerEmails: ['s@example.org'],
  status: 'sent',
  terminal: false,
  lastPolledAt: null,
  lastSentAt: createdAt,
  lastResendAt: null,
  openUrl: null,
  prepareUrl: null,
  gone: false,
  seen: false,
  notified: false,
  ...over,
});

describe('tracking store', () => {
  it('keeps the newest 100, newest first', async () => {
    const area = memoryArea();
    const store = createTrackingStore(area);
    for (let i = 0; i < MAX_TRACKED + 5; i++) await store.update((s) => void s.requests.push(entry(`sr-${i}`, i)));
    const { requests } = await store.read();
    expect(requests).toHaveLength(MAX_TRACKED);
    expect(requests[0]!.id).toBe(`sr-${MAX_TRACKED + 4}`);
    expect(requests.at(-1)!.id).toBe('sr-5');
  });

  it('drops invalid entries on read and keeps the valid ones', () => {
    const state = parseState({
      version: 1,
      requests: [entry('ok', 2), { id: 'no-status', createdAt: 1 }, entry('../../etc', 3), 'junk', entry('ok', 1)],
      sending: [{ token: 't', startedAt: 1 }, { token: 5 }],
    });
    expect(state.requests.map((r) => r.id)).toEqual(['ok']); // one per id, the newer
    expect(state.sending).toEqual([{ token: 't', startedAt: 1 }]);
  });

  it('starts empty from nothing or garbage', () => {
    for (const raw of [undefined, null, 'x', 42, []]) expect(parseState(raw)).toEqual({ version: 1, requests: [], sending: [] });
  });

  it('queues updates so concurrent writers do not overwrite each other', async () => {
    const area = memoryArea();
    const store = createTrackingStore(area);
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.update((s) => void s.requests.push(entry(`sr-${i}`, i)))));
    expect((await store.read()).requests).toHaveLength(10);
    expect(Object.keys(area.dump())).toEqual([TRACKING_KEY]);
  });

  it('keeps going after a failed write', async () => {
    const area = memoryArea();
    const store = createTrackingStore(area);
    await expect(store.update(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    await store.update((s) => void s.requests.push(entry('sr-1', 1)));
    expect((await store.read()).requests).toHaveLength(1);
  });
});
