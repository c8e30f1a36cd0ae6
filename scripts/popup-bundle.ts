// The popup built on its own (vite.config.ts), as the background is (background-bundle.ts). In the main
// build it shared chunks with the options, Bulk send and All requests pages: each shared chunk held what
// any of those pages used from its modules, and the popup loaded 13 files as it started, each with
// import/export glue and a gzip window of its own. Built alone, its first scripts hold what it uses, in
// fewer files, and its size moves only with its own code. Its lazy chunks go under assets/popup/.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { ResolvedConfig } from 'vite';
import { apartPlugin, buildApart } from './build-apart.ts';
import { inlineCssPlugin } from './inline-css.ts';

/** The manifest without the popup's page: crxjs must not bundle it with the other pages. */
export function withoutPopup<M extends { [key: string]: unknown }>(manifest: M): { manifest: M; page: string } {
  const action = manifest.action as { default_popup?: string } | undefined;
  const page = action?.default_popup;
  if (!page) throw new Error('manifest.json has no action.default_popup.');
  const { default_popup: _, ...rest } = action;
  return { manifest: { ...manifest, action: rest }, page };
}

export function popupBundle(page: string) {
  return apartPlugin('secure-sign:popup-bundle', async function (config, manifest) {
    for (const file of await bundle(config, page)) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    manifest.action = { ...(manifest.action as Record<string, unknown> | undefined), default_popup: page };
  });
}

async function bundle(config: ResolvedConfig, page: string): Promise<Array<{ fileName: string; source: string | Uint8Array }>> {
  const outputs = await buildApart(config, {
    // The popup's style sheets go into its HTML: one request fewer each before its scripts run.
    plugins: [preact(), inlineCssPlugin([page])],
    // Both browsers know <link rel="modulepreload">; Vite's polyfill would be the page's first import.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: resolve(config.root, page),
      output: {
        entryFileNames: 'assets/popup/[name]-[hash].js',
        chunkFileNames: 'assets/popup/[name]-[hash].js',
        assetFileNames: 'assets/popup/[name]-[hash][extname]',
        // The popup's first module starts its reads before the rest is evaluated. Inlined into the
        // entry chunk it would run last (after the chunks that chunk imports), so it gets its own,
        // which the entry imports first.
        codeSplitting: {
          groups: [
            { name: 'popup-early', test: /src[\\/]platform[\\/]popup-early\.ts$/, priority: 2 },
            // Everything else it loads as it starts in one file: the modules its lazy chunks share with
            // it were otherwise small chunks of their own (Rolldown splits by who imports a module, not
            // by what is already loaded), each one more request before the popup runs.
            { name: 'popup', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  });
  const files = outputs.map((o) => ({ fileName: o.fileName, source: o.type === 'chunk' ? o.code : o.source }));
  if (!files.some((f) => f.fileName === page)) throw new Error(`The popup (${page}) built to no page.`);
  return files;
}
