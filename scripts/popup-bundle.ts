// The popup built on its own (vite.config.ts), as the background is (background-bundle.ts). In the main
// build it shared chunks with the options, Bulk send and All requests pages: each shared chunk held what
// any of those pages used from its modules, and the popup loaded 13 files as it started, each with
// import/export glue and a gzip window of its own. Built alone, its first scripts hold what it uses, in
// fewer files, and its size moves only with its own code. Its lazy chunks go under assets/popup/.
// Its first script (src/platform/popup-early-script.ts) is built apart again, as a classic script
// that the HTML runs before the module: it starts the popup's reads as soon as it arrives.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';
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

const EARLY_SCRIPT = 'src/platform/popup-early-script.ts';

async function bundle(config: ResolvedConfig, page: string): Promise<Array<{ fileName: string; source: string | Uint8Array }>> {
  const early = await earlyScript(config);
  const outputs = await buildApart(config, {
    // The popup's style sheets go into its HTML: one request fewer each before its scripts run.
    plugins: [preact(), inlineCssPlugin([page]), earlyScriptTag(page, early.fileName)],
    // Both browsers know <link rel="modulepreload">; Vite's polyfill would be the page's first import.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: resolve(config.root, page),
      output: {
        entryFileNames: 'assets/popup/[name]-[hash].js',
        chunkFileNames: 'assets/popup/[name]-[hash].js',
        assetFileNames: 'assets/popup/[name]-[hash][extname]',
        codeSplitting: {
          groups: [
            // Everything it loads as it starts in one file: the modules its lazy chunks share with
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
  return [...files, early];
}

/**
 * The early script as one classic file. As the entry's first module it ran only once the entry's whole
 * chunk had arrived and been compiled (both arrive together, the browser answering an extension page's
 * requests late while it opens the window); classic, it runs as soon as it arrives, and the browser
 * answers its reads while the popup's module is compiled and evaluated.
 */
async function earlyScript(config: ResolvedConfig): Promise<{ fileName: string; source: string }> {
  const outputs = await buildApart(config, {
    modulePreload: false,
    rolldownOptions: {
      input: resolve(config.root, EARLY_SCRIPT),
      output: { format: 'iife', entryFileNames: 'assets/popup/early-[hash].js', codeSplitting: false },
    },
  });
  const chunk = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk || outputs.length !== 1) throw new Error(`The popup's early script (${EARLY_SCRIPT}) did not build to one file.`);
  return { fileName: chunk.fileName, source: chunk.code };
}

/** Puts `<script src="/<file>">` (classic, so run at once) before the page's first script. */
export function withEarlyScript(html: string, file: string): string {
  const at = html.search(/<script\b/i);
  if (at < 0) throw new Error('The popup page has no script to run the early script before.');
  return `${html.slice(0, at)}<script src="/${file}"></script>\n    ${html.slice(at)}`;
}

function earlyScriptTag(page: string, file: string): Plugin {
  return {
    name: 'secure-sign:popup-early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.path.replace(/^\//, '') === page ? withEarlyScript(html, file) : html),
    },
  };
}
