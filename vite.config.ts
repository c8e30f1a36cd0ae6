import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { manifestFor, withE2EBridge, type Browser, type SourceManifest } from './scripts/manifest.ts';
import { chunkName } from './scripts/chunk-names.ts';

// One source tree, one manifest, two builds:
//   vite build                                  → dist/chrome        (service worker)
//   SECURE_SIGN_BROWSER=firefox vite build      → dist/firefox       (background.scripts, gecko settings)
//   … --mode e2e                                → dist/<browser>-e2e (plus the test hook and its bridge)
// The version is package.json's, nowhere else.
export default defineConfig(({ mode }) => {
  const browser = parseBrowser(process.env['SECURE_SIGN_BROWSER']);
  const built = manifestFor(browser, source as SourceManifest, pkg.version);
  const manifest = (mode === 'e2e' ? withE2EBridge(built) : built) as unknown as ManifestV3Export;
  return {
    plugins: [preact(), crx({ manifest, browser })],
    build: {
      target: 'es2022',
      sourcemap: false,
      emptyOutDir: true,
      outDir: `dist/${browser}${mode === 'e2e' ? '-e2e' : ''}`,
      rolldownOptions: { output: { chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js` } },
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
