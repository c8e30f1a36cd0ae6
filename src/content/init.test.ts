import { afterEach, describe, expect, it } from 'vitest';
import type { SenderLike } from '../shared/senders';
import { openFixture, openHtml, type FixturePage } from './fixture-page.test-helpers';
import { init, type ContentPlatform } from './init';

type Listener = Parameters<ContentPlatform['onMessage']>[0];

function fakePlatform() {
  const listeners = new Set<Listener>();
  const platform: ContentPlatform = {
    extensionId: () => 'our-extension',
    onMessage: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const send = (message: unknown, sender: SenderLike = { id: 'our-extension' }) => [...listeners][0]?.(message, sender);
  return { platform, listeners, send };
}

let page: FixturePage | undefined;
afterEach(async () => page?.close());

describe('init', () => {
  it('answers getPageFiles through the protocol, to the extension only', async () => {
    page = openFixture('folder-grid.html');
    const { platform, send } = fakePlatform();
    expect(init(new AbortController().signal, page.win, platform)).toBe(true);
    const reply = await send({ type: 'getPageFiles', data: {} });
    expect(reply).toMatchObject({ ok: true, data: { files: [{ id: '700000000001', source: 'selected' }, { id: '700000000002' }] } });
    expect(send({ type: 'getPageFiles', data: {} }, { id: 'another-extension' })).toBeUndefined();
    expect(await send({ type: 'getPageFiles', data: { extra: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });

  it('removes its listener and observer when the signal aborts', async () => {
    page = openFixture('folder-list.html');
    const { platform, listeners } = fakePlatform();
    const controller = new AbortController();
    const batches: unknown[] = [];
    init(controller.signal, page.win, platform, { onBatch: (b) => batches.push(b) });
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    page.doc.querySelector('[data-item-index="2"]')!.setAttribute('aria-selected', 'true');
    await page.settle();
    expect(batches).toEqual([]);
  });

  it('does nothing on Box hosts that are not the web app, or when already aborted', () => {
    page = openHtml('<!doctype html><html><body></body></html>', 'https://api.box.com/2.0/files/1');
    const { platform, listeners } = fakePlatform();
    expect(init(new AbortController().signal, page.win, platform)).toBe(false);
    expect(init(AbortSignal.abort(), page.win, platform)).toBe(false);
    expect(listeners.size).toBe(0);
  });
});
