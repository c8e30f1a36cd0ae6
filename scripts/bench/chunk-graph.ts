// Which built files each extension entry loads, read from the build output itself (manifest, HTML,
// and the import statements of the emitted chunks), so shared chunks count toward every entry that
// loads them. Pure: file access is a parameter.
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

/**
 * Modules a built chunk imports: static `import … from "x"`, bare `import "x"`, `export … from "x"`,
 * dynamic `import("x")`, and `chrome.runtime.getURL("x")` (how crxjs's content-script loader imports
 * its chunk). Only relative or root paths to .js/.mjs files count, so look-alikes in strings are ignored.
 */
export function jsReferences(code: string): string[] {
  const refs: string[] = [];
  const patterns = [/\b(?:from|import)\s*\(?\s*(["'`])([^"'`\s]+)\1/g, /\bruntime\.getURL\(\s*(["'`])([^"'`\s]+)\1\s*\)/g];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) {
      const spec = m[2]!;
      if (/\.m?js$/.test(spec) && !/^[a-z][a-z0-9+.-]*:/i.test(spec)) refs.push(spec);
    }
  }
  return unique(refs);
}

/** Resolves a reference from `from` (a file relative to the root): "/x" is root-relative, "x" (getURL) too. */
export function resolveReference(from: string, spec: string, kind: 'html' | 'js' | 'getURL'): string {
  if (spec.startsWith('/')) return posix.normalize(spec.slice(1));
  if (kind === 'getURL') return posix.normalize(spec);
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

/** Every file reachable from `start`, in discovery order. `read` gives a file's text, or null if it is missing. */
export function reachableFiles(start: readonly string[], read: (file: string) => string | null): { files: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === null) {
      if (!missing.includes(file)) missing.push(file);
      continue;
    }
    seen.add(file);
    if (/\.html?$/i.test(file)) {
      queue.push(...htmlReferences(text).map((spec) => resolveReference(file, spec, 'html')));
    } else if (/\.m?js$/i.test(file)) {
      const viaGetUrl = new Set([...text.matchAll(/\bruntime\.getURL\(\s*(["'`])([^"'`\s]+)\1\s*\)/g)].map((m) => m[2]!));
      queue.push(...jsReferences(text).map((spec) => resolveReference(file, spec, viaGetUrl.has(spec) ? 'getURL' : 'js')));
    }
  }
  return { files: [...seen], missing };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrySize {
  entry: EntryName;
  files: FileSize[];
  /** Every file of the entry: JS, CSS and HTML. */
  bytes: number;
  gzip: number;
  /** JavaScript only (what the SDK comparison uses). */
  jsBytes: number;
  jsGzip: number;
}

export function entrySize(entry: EntryName, files: readonly FileSize[]): EntrySize {
  const sum = (list: readonly FileSize[], key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const js = files.filter((f) => /\.m?js$/i.test(f.file));
  return { entry, files: [...files], bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), jsBytes: sum(js, 'bytes'), jsGzip: sum(js, 'gzip') };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
