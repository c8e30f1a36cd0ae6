import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { extensionId, onExtensionMessage } from './content';

type Native = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => boolean;

function fakeRuntime(global: 'browser' | 'chrome') {
  const listeners = new Set<Native>();
  const runtime = {
    id: `id-from-${global}`,
    onMessage: { addListener: (l: Native) => listeners.add(l), removeListener: (l: Native) => listeners.delete(l) },
  };
  const scope = globalThis as Record<string, unknown>;
  const previous = scope[global];
  scope[global] = { ...(previous as object), runtime };
  onTestFinished(() => {
    scope[global] = previous;
  });
  return listeners;
}

describe('content-script platform (native runtime, no polyfill)', () => {
  it('prefers Firefox `browser` to `chrome`', () => {
    fakeRuntime('chrome');
    fakeRuntime('browser');
    expect(extensionId()).toBe('id-from-browser');
  });

  it('answers through sendResponse and keeps the channel open only for messages it handles', async () => {
    const listeners = fakeRuntime('chrome');
    const remove = onExtensionMessage((message) => (message === 'ours' ? Promise.resolve({ ok: true }) : undefined));
    const [native] = [...listeners];
    const sendResponse = vi.fn();
    expect(native!('not ours', {}, sendResponse)).toBe(false);
    expect(native!('ours', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    remove();
    expect(listeners.size).toBe(0);
  });
});
