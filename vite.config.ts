import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: true },
  // The extension never talks to a dev server in tests; only `vite build` output is loaded.
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
