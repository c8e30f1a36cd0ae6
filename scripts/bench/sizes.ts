// Bundle sizes of the real Chrome build: each entry with every chunk it loads as it starts, and apart
// from those the chunks it loads later (dynamic imports).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { entryFiles, entrySize, reachableFiles, type BuiltManifest, type EntryName, type EntrySize, type FileSize } from './chunk-graph';

export const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES: EntryName[] = ['background', 'popup', 'options', 'content'];

/** gzip at the best level, the same for every file measured here (ours and the SDK's). */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

/**
 * `npm run build:chrome` (the same `vite build`, config and mode), written to `outDir` rather than
 * dist/chrome so that a concurrent `npm test`, which rebuilds dist/, cannot swap files under the browser.
 */
export function buildChrome(outDir: string): void {
  buildExtension(outDir, 'chrome');
}

/** The production build for one browser (`npm run build:<browser>`), written to `outDir`. */
export function buildExtension(outDir: string, browser: 'chrome' | 'firefox', mode = 'production'): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--mode', mode];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: buildEnv(process.env, browser) });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * The environment of `npm run build:<browser>`. Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it
 * finds: a budget test's build then kept Preact's development paths (2.3 KB gzipped more in the popup)
 * and measured something no one ships.
 */
export function buildEnv(env: NodeJS.ProcessEnv, browser: 'chrome' | 'firefox'): NodeJS.ProcessEnv {
  return { ...env, NODE_ENV: 'production', SECURE_SIGN_BROWSER: browser };
}

export interface BuildSizes {
  entries: EntrySize[];
  /** Every file any entry loads, counted once: as `files` if some entry loads it as it starts, else as `lazy`. */
  total: EntrySize;
  missing: string[];
}

export function measureBuild(dist: string): BuildSizes {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const starts = entryFiles(manifest);
  const sizes = new Map<string, FileSize>();
  const read = (file: string): string | null => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : null);
  const sizeOf = (file: string): FileSize => {
    let size = sizes.get(file);
    if (!size) {
      const data = readFileSync(join(dist, file));
      size = { file, bytes: data.length, gzip: gzipSize(data) };
      sizes.set(file, size);
    }
    return size;
  };
  const missing: string[] = [];
  const entries = ENTRIES.map((entry) => {
    const found = reachableFiles(starts[entry], read);
    missing.push(...found.missing);
    return entrySize(entry, found.files.map(sizeOf), found.lazy.map(sizeOf));
  });
  const initial = unique(entries.flatMap((e) => e.files));
  const lazy = unique(entries.flatMap((e) => e.lazy.files)).filter((f) => !initial.includes(f));
  return { entries, total: entrySize('background', initial, lazy), missing: [...new Set(missing)] };
}

/** Each file once (the same object for the same file: see sizeOf). */
function unique(files: readonly FileSize[]): FileSize[] {
  return [...new Set(files)];
}
