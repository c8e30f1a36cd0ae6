// One manifest, two browsers. `manifest.json` at the top of the repository is the source (Chrome's
// Manifest V3 shape, without a version); the build derives each browser's manifest from it here.
// Pure functions, unit-tested in manifest.test.ts.

/** The manifest as JSON: only the keys this transform touches are typed. */
export interface SourceManifest {
  manifest_version: 3;
  version?: string;
  key?: string;
  minimum_chrome_version?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: 'module' };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

export type Browser = 'chrome' | 'firefox';

/**
 * The add-on ID Firefox knows the extension by. It must never change once published: it keys the
 * user's data and the OAuth redirect URL (`https://<sha1 of this ID>.extensions.allizom.org/`).
 */
export const GECKO_ID = 'secure-sign@secure-sign-for-box';

/**
 * 140: the first desktop Firefox with the built-in data-collection consent, so the manifest can
 * declare `data_collection_permissions` without a warning; well past what the extension needs
 * otherwise (MV3 `declarativeNetRequest` since 113, `storage.session` since 115).
 */
export const GECKO_MIN_VERSION = '140.0';

/** Firefox for Android: the first version with the built-in data-collection consent. */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * What leaves the browser, per Firefox's taxonomy: the signer's email address and phone number go to
 * Box Sign (`personallyIdentifyingInfo`), and the user's Box OAuth credentials go to Box
 * (`authenticationInfo`). Nothing goes anywhere but Box, and only when the user asks.
 */
export const GECKO_DATA_COLLECTION = { required: ['personallyIdentifyingInfo', 'authenticationInfo'] };

/** Chrome-only keys Firefox would warn about or misread. */
const CHROME_ONLY = ['key', 'minimum_chrome_version'] as const;

/**
 * Chrome-only permissions, which Firefox does not know: `offscreen` gives Chrome's service worker a
 * document to clear the clipboard from; Firefox's background is a page and clears from there.
 */
export const CHROME_ONLY_PERMISSIONS = ['offscreen'] as const;

export function manifestFor(browser: Browser, source: SourceManifest, version: string): SourceManifest {
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`"${version}" is not a version both stores accept (1 to 4 dot-separated integers).`);
  if ('version' in source) throw new Error('manifest.json must not carry a version: it comes from package.json.');
  // The version right after the name, where people look for it.
  const copy: SourceManifest = { manifest_version: 3 };
  for (const [key, value] of Object.entries(structuredClone(source))) {
    copy[key] = value;
    if (key === 'name') copy.version = version;
  }
  copy.version = version;
  if (browser === 'chrome') return copy;
  return toFirefox(copy);
}

function toFirefox(manifest: SourceManifest): SourceManifest {
  for (const key of CHROME_ONLY) delete manifest[key];
  if (Array.isArray(manifest['permissions'])) {
    manifest['permissions'] = (manifest['permissions'] as string[]).filter((p) => !(CHROME_ONLY_PERMISSIONS as readonly string[]).includes(p));
  }
  const worker = manifest.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: GECKO_DATA_COLLECTION },
    // Firefox for Android reads `gecko` too, but only knows `data_collection_permissions` from 142.
    gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return manifest;
}

/** The e2e-only content script that lets Firefox tests reach the background's test hook. */
export const E2E_BRIDGE_SCRIPT = 'src/e2e-bridge/content.ts';

/** End-to-end builds only: the manifest plus the test bridge on Box pages. */
export function withE2EBridge(manifest: SourceManifest): SourceManifest {
  const copy = structuredClone(manifest);
  const scripts = Array.isArray(copy['content_scripts']) ? (copy['content_scripts'] as Array<{ matches?: string[] }>) : [];
  // Where the Box page script runs, and nowhere else.
  const matches = [...new Set(scripts.flatMap((script) => script.matches ?? []))];
  copy['content_scripts'] = [...scripts, { matches, js: [E2E_BRIDGE_SCRIPT], run_at: 'document_start' }];
  return copy;
}

/** Every content script the manifest declares (source paths): each is built as one self-contained classic script. */
export function contentScriptFiles(manifest: SourceManifest): string[] {
  const scripts = Array.isArray(manifest['content_scripts']) ? (manifest['content_scripts'] as Array<{ js?: string[] }>) : [];
  return [...new Set(scripts.flatMap((script) => script.js ?? []))];
}
