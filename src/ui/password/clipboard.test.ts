import { describe, expect, it, vi } from 'vitest';
import { CLEAR_AFTER_MS, copyForAMinute } from './clipboard';

function fakeClipboard(readable: boolean) {
  let text = '';
  return {
    get text() {
      return text;
    },
    set text(value: string) {
      text = value;
    },
    writeText: vi.fn(async (value: string) => void (text = value)),
    ...(readable ? { readText: async () => text } : {}),
  };
}

describe('copyForAMinute', () => {
  it('clears the clipboard a minute later', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    await copyForAMinute('Secret-123', clipboard, globalThis as never);
    expect(clipboard.text).toBe('Secret-123');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 1);
    expect(clipboard.text).toBe('Secret-123');
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
    vi.useRealTimers();
  });

  it('leaves alone what the user copied meanwhile, when it can read the clipboard', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(true);
    await copyForAMinute('Secret-123', clipboard, globalThis as never);
    clipboard.text = 'something else';
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('something else');
    vi.useRealTimers();
  });

  it('a second copy restarts the minute', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    await copyForAMinute('first', clipboard, globalThis as never);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 10);
    await copyForAMinute('second', clipboard, globalThis as never);
    await vi.advanceTimersByTimeAsync(20);
    expect(clipboard.text).toBe('second');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('');
    vi.useRealTimers();
  });
});
