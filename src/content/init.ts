// The content script's feature: watch the Box page and answer `getPageFiles`. `init(signal)`
// style: everything registered here is undone when the signal aborts.
import { isBoxWebHost } from '../shared/box-urls';
import { isOwnExtension, type SenderLike } from '../shared/senders';
import { answerPageFiles } from './answer';
import { watchPage, type WatchOptions } from './watch-page';
import type { PageWindow } from './page-signals';

export interface ContentPlatform {
  extensionId: () => string;
  /** Adds a runtime.onMessage listener; returns its removal. */
  onMessage: (listener: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined) => () => void;
}

/** Starts detection on a Box web-app page; does nothing elsewhere (a host the user granted by mistake, say). */
export function init(signal: AbortSignal, win: PageWindow, platform: ContentPlatform, options: WatchOptions = {}): boolean {
  if (signal.aborted || !isBoxWebHost(win.location.hostname)) return false;
  const watcher = watchPage(win, signal, options);
  const handle = answerPageFiles(
    (sender) => isOwnExtension(sender as SenderLike, platform.extensionId()),
    watcher.snapshot,
  );
  const remove = platform.onMessage(handle);
  signal.addEventListener('abort', remove, { once: true });
  return true;
}
