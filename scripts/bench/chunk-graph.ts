// Which built files each extension entry loads, read from the build output itself (manifest, HTML,
// and the import statements of the emitted chunks), so shared chunks count toward every entry that
// loads them; what it loads as it starts apart from what dynamic imports load later. Pure: file
// access is a parameter.
import { posix } from 'node:path';

export type EntryName = 'background' | 'popup' | 'options' | 'content';

export interface BuiltManifest {
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/** The files the browser opens first for each entry, relative to the extension root. */
export function entryFiles(manifest: BuiltManifest): Record<EntryName, string[]> {
  const worker = manifest.background?.service_worker;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  return {
    background: worker ? [worker] : [...(manifest.background?.scripts ?? [])],
    popup: manifest.action?.default_popup ? [manifest.action.default_popup] : [],
    options: options ? [options] : [],
    content: unique((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  };
}

/** Scripts, module preloads and stylesheets an HTML page loads, as written in it. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`, 'i').exec(tag)?.[2];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) refs.push(src);
    } else {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href');
      if (href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) refs.push(href);
    }
  }
  return refs;
}

/** A module a built chunk loads. `lazy`: only when the code asks for it (a dynamic import), not as the entry starts. */
export interface Reference {
  spec: string;
  lazy: boolean;
  /** How `spec` resolves: relative to the chunk, or to the extension root (`runtime.getURL`, Vite's preload list). */
  from: 'chunk' | 'root';
}

/**
 * Modules a built chunk imports: static `import … from "x"`, bare `import "x"` and `export … from "x"`
 * (loaded with the chunk); dynamic `import("x")` and the files Vite's preload helper fetches with it
 * (its `__vite__mapDeps` list, root-relative), loaded later, when the code runs the import; and
 * `import(chrome.runtime.getURL("x"))`, how crxjs's content-script loader loads its chunk as soon as it
 * runs (so not lazy). Only relative or root paths to .js/.mjs/.css files count, so look-alikes in
 * strings are ignored.
 */
export function jsReferences(code: string): Reference[] {
  const refs = new Map<string, Reference>();
  const add = (spec: string, lazy: boolean, from: Reference['from']) => {
    if (!/\.(m?js|css)$/.test(spec) || /^[a-z][a-z0-9+.-]*:/i.test(spec)) return;
    const key = `${from}:${spec}`;
    const known = refs.get(key);
    if (!known) refs.set(key, { spec, lazy, from });
    else if (!lazy) known.lazy = false; // loaded at start by one import: that is what counts
  };
  for (const m of code.matchAll(/\bruntime\.getURL\(\s*(["'`])([^"'`\s]+)\1\s*\)/g)) add(m[2]!, false, 'root');
  for (const m of code.matchAll(/\b(from|import)\s*(\(?)\s*(["'`])([^"'`\s]+)\3/g)) add(m[4]!, m[1] === 'import' && m[2] === '(', 'chunk');
  for (const m of code.matchAll(/__vite__mapDeps\s*=.*?\.f\s*=\s*\[([^\]]*)\]/gs)) {
    for (const dep of m[1]!.matchAll(/(["'`])([^"'`\s]+)\1/g)) add(dep[2]!, true, 'root');
  }
  return [...refs.values()];
}

/** Resolves a reference from `from` (a file relative to the root): "/x" is root-relative, "x" (getURL) too. */
export function resolveReference(from: string, spec: string, kind: 'html' | 'js' | 'getURL'): string {
  if (spec.startsWith('/')) return posix.normalize(spec.slice(1));
  if (kind === 'getURL') return posix.normalize(spec);
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

export interface Reachable {
  /** What the entry loads as it starts: the static graph from `start`, in discovery order. */
  files: string[];
  /** Loaded later, by a dynamic import somewhere in the graph (and what those load), unless already in `files`. */
  lazy: string[];
  missing: string[];
}

/** Every file reachable from `start`, initial and lazy. `read` gives a file's text, or null if it is missing. */
export function reachableFiles(start: readonly string[], read: (file: string) => string | null): Reachable {
  const missing: string[] = [];
  const lazyStarts: string[] = [];
  const walk = (from: readonly string[], seen: Set<string>, skip: ReadonlySet<string>, followLazy: boolean): string[] => {
    const order: string[] = [];
    const queue = [...from];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file) || skip.has(file)) continue;
      const text = read(file);
      if (text === null) {
        if (!missing.includes(file)) missing.push(file);
        continue;
      }
      seen.add(file);
      order.push(file);
      if (/\.html?$/i.test(file)) {
        queue.push(...htmlReferences(text).map((spec) => resolveReference(file, spec, 'html')));
      } else if (/\.m?js$/i.test(file)) {
        for (const ref of jsReferences(text)) {
          const target = resolveReference(file, ref.spec, ref.from === 'root' ? 'getURL' : 'js');
          if (ref.lazy && !followLazy) lazyStarts.push(target);
          else queue.push(target);
        }
      }
    }
    return order;
  };
  const files = walk(start, new Set(), new Set(), false);
  const lazy = walk(lazyStarts, new Set(), new Set(files), true);
  return { files, lazy, missing };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface Totals {
  /** Every file: JS, CSS and HTML. */
  bytes: number;
  gzip: number;
  /** JavaScript only (what the SDK comparison uses). */
  jsBytes: number;
  jsGzip: number;
}

export interface EntrySize extends Totals {
  entry: EntryName;
  /** What the entry loads as it starts; the totals are of these. */
  files: FileSize[];
  /** Loaded later, when the code asks (dynamic imports), with their own totals; not in the ones above. */
  lazy: Totals & { files: FileSize[] };
}

export function totals(files: readonly FileSize[]): Totals {
  const sum = (list: readonly FileSize[], key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const js = files.filter((f) => /\.m?js$/i.test(f.file));
  return { bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), jsBytes: sum(js, 'bytes'), jsGzip: sum(js, 'gzip') };
}

export function entrySize(entry: EntryName, files: readonly FileSize[], lazy: readonly FileSize[] = []): EntrySize {
  return { entry, files: [...files], ...totals(files), lazy: { files: [...lazy], ...totals(lazy) } };
}

/** Initial and lazy together: everything the entry can ever load. */
export function everything(size: EntrySize): Totals {
  return totals([...size.files, ...size.lazy.files]);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
