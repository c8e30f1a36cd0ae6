// Copy a password for the sender to hand over, and take it off the clipboard after a minute, unless
// something else was copied meanwhile (only what we put there is cleared).
export const CLEAR_AFTER_MS = 60_000;

export type ClipboardLike = { writeText(text: string): Promise<void>; readText?(): Promise<string> };
type Timers = { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };

let pending: unknown = null;

/**
 * Writes `text`, then clears the clipboard after `CLEAR_AFTER_MS`. Browsers let an extension page
 * read the clipboard only with a permission we do not ask for, so a newer copy from this page cancels
 * the timer, and without `readText` the clipboard is cleared whatever it holds then.
 */
export async function copyForAMinute(text: string, clipboard: ClipboardLike, timers: Timers = globalThis as unknown as Timers): Promise<void> {
  await clipboard.writeText(text);
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
