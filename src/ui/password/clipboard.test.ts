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

const noBackground = async () => undefined;

describe('copyForAMinute', () => {
  it('clears the clipboard a minute later', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    await copyForAMinute('Secret-123', clipboard, noBackground, globalThis as never);
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
    await copyForAMinute('Secret-123', clipboard, noBackground, globalThis as never);
    clipboard.text = 'something else';
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('something else');
    vi.useRealTimers();
  });

  it('a second copy restarts the minute', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    await copyForAMinute('first', clipboard, noBackground, globalThis as never);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 10);
    await copyForAMinute('second', clipboard, noBackground, globalThis as never);
    await vi.advanceTimersByTimeAsync(20);
    expect(clipboard.text).toBe('second');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('');
    vi.useRealTimers();
  });

  it('asks the background to clear it too, after writing, and never hands it the password', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    const clearLater = vi.fn(async (...args: unknown[]) => {
      expect(args).toEqual([]);
      expect(clipboard.text).toBe('Secret-123');
    });
    await copyForAMinute('Secret-123', clipboard, clearLater, globalThis as never);
    expect(clearLater).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('copies, and still clears after a minute, when the background does not answer', async () => {
    vi.useFakeTimers();
    const clipboard = fakeClipboard(false);
    await copyForAMinute('Secret-123', clipboard, () => Promise.reject(new Error('unreachable')), globalThis as never);
    expect(clipboard.text).toBe('Secret-123');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('');
    vi.useRealTimers();
  });
});
