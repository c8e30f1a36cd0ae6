// Copy a password for the sender to hand over, and take it off the clipboard after a minute, unless
// something else was copied meanwhile (only what we put there is cleared).
import { CLEAR_CLIPBOARD_AFTER_MS } from '../../shared/clipboard-delay';

export const CLEAR_AFTER_MS = CLEAR_CLIPBOARD_AFTER_MS;

export type ClipboardLike = { writeText(text: string): Promise<void>; readText?(): Promise<string> };
type Timers = { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };

let pending: unknown = null;

/**
 * Writes `text`, then clears the clipboard after `CLEAR_AFTER_MS`, twice over: `clearLater` asks the
 * background (message `clearClipboardLater`, which carries no text), whose alarm outlives this page:
 * the popup closes as soon as the user clicks elsewhere to paste, and its timer with it. The page's
 * own timer stays, for a page left open (the bulk page, a popup window) and a background that did not
 * answer; clearing twice does no harm. Browsers let an extension page read the clipboard only with a
 * permission we do not ask for, so a newer copy from this page cancels the timer, and without
 * `readText` the clipboard is cleared whatever it holds then.
 */
export async function copyForAMinute(
  text: string,
  clipboard: ClipboardLike,
  clearLater: () => Promise<unknown>,
  timers: Timers = globalThis as unknown as Timers,
): Promise<void> {
  await clipboard.writeText(text);
  // Unanswered (the worker unreachable): the copy still happened, and this page's timer still runs.
  await clearLater().catch(() => undefined);
  if (pending !== null) timers.clearTimeout(pending as never);
  pending = timers.setTimeout(() => {
    pending = null;
    void clearIfOurs(text, clipboard);
  }, CLEAR_AFTER_MS);
}

/**
 * The page's clipboard, write only: reading it would make the browser ask the user for a permission
 * a minute after they pressed Copy, so the clear does not look first.
 */
export function writeOnlyClipboard(): ClipboardLike {
  return { writeText: (text) => navigator.clipboard.writeText(text) };
}

async function clearIfOurs(text: string, clipboard: ClipboardLike): Promise<void> {
  try {
    if (clipboard.readText && (await clipboard.readText()) !== text) return;
  } catch {
    // Reading refused (no permission, no focus): clear anyway, as promised.
  }
  await clipboard.writeText('').catch(() => undefined);
}
