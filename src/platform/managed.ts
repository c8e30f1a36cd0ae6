// Enterprise policy (storage.managed), read by the options page, the popup and the background.
// On the browser's own API object (native.ts), so the background needs no webextension-polyfill for it:
// `storage.managed.get` returns a promise in Chrome's MV3 and in Firefox.
import { ext as browser } from './native';

/**
 * What the organisation set by policy (storage.managed), unparsed: pass it to `readManagedPolicy`.
 * `{}` where there is none: the area is missing in some browsers, and Firefox rejects `get` when
 * no policy names this add-on.
 */
export async function readManaged(): Promise<unknown> {
  const managed = (browser.storage as { managed?: { get(keys?: null): Promise<Record<string, unknown>> } }).managed;
  if (!managed) return {};
  try {
    return await managed.get(null);
  } catch {
    return {};
  }
}

/** Calls `listener` when the organisation's policy changes while the browser runs (an admin pushed a new one). */
export function onManagedChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') listener();
  });
}
