// The "All requests" page's first module: it starts the read of the newest cached requests (storage.local,
// REQUESTS_HEAD_KEY written out) before the page's other scripts are evaluated, as popup-early.ts does for
// the popup, so the browser answers it meanwhile. No imports that run code; its own chunk (vite.config.ts).

/** REQUESTS_HEAD_KEY of src/shared/requests-cache.ts (a unit test checks they match). */
export const EARLY_REQUESTS_KEY = 'requests.head';

function start(): Promise<Record<string, unknown>> | null {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;
  try {
    const read = api.storage.local.get(EARLY_REQUESTS_KEY);
    read.catch(() => undefined); // whoever takes it handles a failure
    return read;
  } catch {
    return null;
  }
}

export const earlyList: Promise<Record<string, unknown>> | null = start();
