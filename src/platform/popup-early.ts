// The popup's first script. It starts the reads the form needs (storage and the user's window)
// before the popup's other scripts are even fetched and compiled, so the browser answers them
// meanwhile instead of afterwards. The build makes it a classic script of its own
// (popup-early-script.ts, scripts/popup-bundle.ts), which the popup's HTML runs before its module:
// as a module the popup's entry imported, it ran only once the entry's whole chunk had arrived and
// been compiled. It hands the reads over on a global, which the popup's main script takes once
// (takeEarlyReads). So this module may import nothing that runs code, and runs none at import: the
// main script imports it for takeEarlyReads. The answers are plain promises; popupPlatform() in
// ./index hands each one on once, validated there like any other read.

/**
 * storage.session keys the popup reads as it opens: the context menu's launch note (LAUNCH_KEY), the
 * drafts (DRAFT_KEY), the connection hint (KNOWN_AUTH_KEY). Written out, not imported: importing the
 * modules that define them would run zod first, and the build puts whatever this module imports into
 * its chunk, which every other importer would then load and run (a unit test checks they match).
 */
export const EARLY_SESSION_KEYS = ['ui.launch', 'draft', 'auth.known'];
/**
 * storage.sync: the settings (SETTINGS_KEY) and their proof (ui/settings-guard.ts's PROOF_KEY, which
 * reads both at once: with the settings alone, that read was not answered from this one but started
 * again after the popup's scripts ran). Written out for the same reason.
 */
export const EARLY_SYNC_KEYS = ['settings', 'settings.proof'];

/** The content script's one message (shared/wire.ts's contentProtocol), as the popup's content client sends it. */
export const EARLY_PAGE_FILES_MESSAGE = { type: 'getPageFiles', data: {} };

export type EarlyRead = { keys: readonly string[]; values: Promise<Record<string, unknown>> };

export type EarlyReads = {
  session: EarlyRead;
  sync: EarlyRead;
  /** The last-focused normal window with its tabs. */
  window: Promise<{ tabs?: Array<{ active: boolean; id?: number }> }>;
  /**
   * The content script of that window's active tab, asked which files its page shows as soon as the
   * tab is known: its raw reply, checked later like any other (platform/index.ts). Null: no such tab.
   */
  pageFiles: Promise<{ tabId: number; reply: Promise<unknown> } | null>;
  /** storage.managed (the organisation's policy) as managed.ts's readManaged gives it: `{}` where there is none. */
  managed: Promise<unknown>;
};

/** The global the early script leaves its reads on for the main script. */
export const EARLY_GLOBAL = '__secureSignEarlyReads';

/** The early script's reads, once (null if it did not run, e.g. in tests: everything is then read the ordinary way). */
export function takeEarlyReads(): EarlyReads | null {
  const global = globalThis as Record<string, unknown>;
  const reads = global[EARLY_GLOBAL] as EarlyReads | null | undefined;
  delete global[EARLY_GLOBAL];
  return reads ?? null;
}

/** Starts the reads; null outside an extension page. */
export function startEarlyReads(): EarlyReads | null {
  // Firefox has `browser`; Chrome has `chrome` (and, in recent versions, `browser` too). Both return promises.
  const api = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;
  try {
    // `windowTypes` is supported by Chrome and Firefox: see findUserTab().
    const window = api.windows.getLastFocused({ populate: true, windowTypes: ['normal' as chrome.windows.WindowType] });
    const reads: EarlyReads = {
      session: { keys: EARLY_SESSION_KEYS, values: api.storage.session.get(EARLY_SESSION_KEYS) },
      sync: { keys: EARLY_SYNC_KEYS, values: api.storage.sync.get(EARLY_SYNC_KEYS) },
      window,
      pageFiles: window.then((win) => {
        const tabId = win.tabs?.find((tab) => tab.active)?.id;
        if (tabId === undefined) return null;
        const reply: Promise<unknown> = api.tabs.sendMessage(tabId, EARLY_PAGE_FILES_MESSAGE);
        reply.catch(() => undefined);
        return { tabId, reply };
      }),
      // As managed.ts reads it: the area is missing in some browsers, and Firefox rejects `get` without a policy.
      managed: api.storage.managed ? api.storage.managed.get(null).catch(() => ({})) : Promise.resolve({}),
    };
    // Whoever takes a read handles its failure; until then a failure is not "unhandled".
    for (const read of [reads.session.values, reads.sync.values, reads.window, reads.pageFiles]) read.catch(() => undefined);
    return reads;
  } catch {
    return null; // Not in an extension page: everything is read the ordinary way.
  }
}
