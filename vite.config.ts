import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { contentScriptFiles, manifestFor, withE2EBridge, type Browser, type SourceManifest } from './scripts/manifest.ts';
import { chunkName } from './scripts/chunk-names.ts';
import { backgroundBundle, withoutBackground } from './scripts/background-bundle.ts';
import { popupBundle, withoutPopup } from './scripts/popup-bundle.ts';
import { phoneMetadataPlugin } from './scripts/phone-metadata.ts';

// One source tree, one manifest, two builds:
//   vite build                                  → dist/chrome        (service worker)
//   SECURE_SIGN_BROWSER=firefox vite build      → dist/firefox       (background.scripts, gecko settings)
//   … --mode e2e                                → dist/<browser>-e2e (plus the test hook and its bridge)
// The version is package.json's, nowhere else.
export default defineConfig(({ mode }) => {
  const browser = parseBrowser(process.env['SECURE_SIGN_BROWSER']);
  const built = manifestFor(browser, source as SourceManifest, pkg.version);
  // The background is built on its own, as one file (scripts/background-bundle.ts); crxjs builds the rest.
  const { manifest: pages, entry: backgroundEntry } = withoutBackground(mode === 'e2e' ? withE2EBridge(built) : built);
  // So is the popup (scripts/popup-bundle.ts): its first scripts then hold only what it uses.
  const { manifest: otherPages, page: popupPage } = withoutPopup(pages);
  const manifest = otherPages as unknown as ManifestV3Export;
  return {
    // Lets a module keep only its own browser's code (the clipboard's clear, platform/background.ts).
    define: { 'import.meta.env.BROWSER': JSON.stringify(browser) },
    plugins: [
      preact(),
      // Content scripts are built as one classic script each (all imports inlined): no loader, no
      // dynamic import(), so nothing of the extension needs to be web-accessible from Box pages.
      crx({ manifest, browser, contentScripts: { standaloneFiles: contentScriptFiles(manifest as unknown as SourceManifest) } }),
      backgroundBundle(backgroundEntry, browser),
      popupBundle(popupPage),
      phoneMetadataPlugin(),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      emptyOutDir: true,
      outDir: `dist/${browser}${mode === 'e2e' ? '-e2e' : ''}`,
      // Both browsers know <link rel="modulepreload">. Vite's polyfill for it would be the pages' first
      // import, ahead of the popup's first module (below).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // Extension pages the manifest does not name (the popup and the menus open them; the service
        // worker opens the offscreen one, which is never web-accessible).
        input: { bulk: 'src/bulk/index.html', requests: 'src/requests/index.html', ...(browser === 'chrome' ? { offscreen: 'src/offscreen/clipboard.html' } : {}) },
        output: {
          chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
          // The All requests page's first module starts its reads before the rest is evaluated. Inlined
          // into the entry chunk it would run last (after the chunks that chunk imports), so it gets its
          // own, which the entry imports first (the popup's does the same: scripts/popup-bundle.ts).
          codeSplitting: { groups: [{ name: 'requests-early', test: /src[\\/]platform[\\/]requests-early\.ts$/ }] },
        },
      },
    },
    // The extension never talks to a dev server in tests; only `vite build` output is loaded.
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});

function parseBrowser(value: string | undefined): Browser {
  if (value === undefined || value === '' || value === 'chrome') return 'chrome';
  if (value === 'firefox') return 'firefox';
  throw new Error(`SECURE_SIGN_BROWSER must be "chrome" or "firefox", not "${value}".`);
}
