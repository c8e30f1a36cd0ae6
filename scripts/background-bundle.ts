// The background as ONE file, built on its own (vite.config.ts). In the main build it would share
// chunks with the extension's pages, so its size moved with every change to how the popup is split
// (a lazy view in the popup once cost the service worker 0.8 KB gzipped), and each chunk boundary
// costs import/export glue and a fresh gzip window. One file: ~1.5 KB gzipped smaller, and only the
// background's own code changes its size. (A service worker cannot `import()` anyway.)
import { resolve } from 'node:path';
import type { ResolvedConfig, Rolldown } from 'vite';
import { apartPlugin, buildApart } from './build-apart.ts';
import type { Browser } from './manifest.ts';

export const BACKGROUND_FILE = 'background.js';

/** The manifest's background entry without the background: crxjs must not bundle it with the pages. */
export function withoutBackground<M extends { background?: unknown }>(manifest: M): { manifest: M; entry: string } {
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  const entry = background?.service_worker ?? background?.scripts?.[0];
  if (!entry) throw new Error('manifest.json has no background script.');
  const { background: _, ...rest } = manifest;
  return { manifest: rest as M, entry };
}

export function backgroundBundle(entry: string, browser: Browser) {
  return apartPlugin('secure-sign:background-bundle', async function (config, manifest) {
    this.emitFile({ type: 'asset', fileName: BACKGROUND_FILE, source: await bundle(config, entry) });
    manifest.background = browser === 'firefox' ? { scripts: [BACKGROUND_FILE], type: 'module' } : { service_worker: BACKGROUND_FILE, type: 'module' };
  });
}

async function bundle(config: ResolvedConfig, entry: string): Promise<string> {
  const outputs = await buildApart(config, {
    modulePreload: false,
    rolldownOptions: {
      input: resolve(config.root, entry),
      preserveEntrySignatures: false,
      output: { format: 'es', entryFileNames: BACKGROUND_FILE, codeSplitting: false },
    },
  });
  const chunk = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error(`The background (${entry}) built to nothing.`);
  return chunk.code;
}
