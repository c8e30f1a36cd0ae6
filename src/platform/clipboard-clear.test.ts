// The copy-command clear, on a stand-in document: what the copy event's handler puts on the clipboard,
// and false whenever the browser refused the command or fired no event.
import { describe, expect, it, vi } from 'vitest';
import { clearClipboardIn } from './clipboard-clear';

function fakeDocument(command: 'fires' | 'refused' | 'no-event') {
  const listeners = new Set<(event: ClipboardEvent) => void>();
  const board = { data: 'Secret-123' };
  const doc = {
    addEventListener: (type: string, fn: (event: ClipboardEvent) => void) => type === 'copy' && listeners.add(fn),
    removeEventListener: (type: string, fn: (event: ClipboardEvent) => void) => type === 'copy' && listeners.delete(fn),
    execCommand: vi.fn((name: string) => {
      if (name !== 'copy' || command === 'refused') return false;
      if (command === 'no-event') return true;
      const event = { clipboardData: { setData: (type: string, value: string) => type === 'text/plain' && (board.data = value) }, preventDefault: vi.fn() };
      for (const fn of listeners) fn(event as unknown as ClipboardEvent);
      if (!event.preventDefault.mock.calls.length) board.data = 'the selection';
      return true;
    }),
  };
  return { doc: doc as unknown as Document, board, listeners };
}

describe('clearClipboardIn', () => {
  it('copies an empty text in place of the selection', () => {
    const { doc, board, listeners } = fakeDocument('fires');
    expect(clearClipboardIn(doc)).toBe(true);
    expect(board.data).toBe('');
    // Its handler is gone afterwards: a later copy in the same page is not emptied.
    expect(listeners.size).toBe(0);
  });

  it('answers false when the browser refuses the command (no clipboardWrite)', () => {
    const { doc, board, listeners } = fakeDocument('refused');
    expect(clearClipboardIn(doc)).toBe(false);
    expect(board.data).toBe('Secret-123');
    expect(listeners.size).toBe(0);
  });

  it('answers false when no copy event reached the handler (no body to fire it at)', () => {
    const { doc } = fakeDocument('no-event');
    expect(clearClipboardIn(doc)).toBe(false);
  });
});
