import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

// The import graph of our own code, for the layering test (layers.test.ts). A few regexes rather than the
// compiler: TypeScript 7 has no JS API, and the rules only ask which file names which. Type-only imports are
// edges too: they do not reach the bundle, but they still tie one layer's code to another's.

/** File → the files it imports; repo-relative paths with `/` (`src/platform/key-store.ts`). */
export type Graph = Map<string, string[]>;

/** Who may import whom, by path prefix (`src/platform/`). */
export interface Rule {
  from: string;
  /** Within the same top folder (`src/`), only these; packages and other folders are not this rule's concern. */
  mayOnlyImport?: readonly string[];
  mayNotImport?: readonly string[];
}

const STATEMENTS = [
  /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, // import … from, export … from, `type` or not
  /\bimport\s*['"]([^'"]+)['"]/g, // side-effect import
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…'), typeof import('…')
];
/** Comments that start a line: a commented-out import is not an edge. (Strings are left alone.) */
const COMMENTS = /^\s*\/\/.*$|^\s*\/\*[\s\S]*?\*\//gm;
/** Non-code files a module may name (styles, locale JSON): not part of the graph. */
const ASSET = /\.(?:css|json|html|svg|png)(?:\?.*)?$/;
const CODE = /\.tsx?$/;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Tests, and their helpers, may import freely: they are neither layers nor part of a cycle. */
export const isTest = (file: string): boolean => /\.test(?:-[\w-]+)?\.tsx?$/.test(file);

export function importSpecifiers(source: string): string[] {
  const code = source.replace(COMMENTS, '');
  return STATEMENTS.flatMap((re) => [...code.matchAll(re)].map((m) => m[1] ?? ''));
}

function codeFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return codeFiles(root, path);
    return CODE.test(name) && !isTest(name) ? [path] : [];
  });
}

/** The file a relative specifier names; null for an asset; undefined when nothing matches (a walker bug). */
function resolveSpecifier(root: string, from: string, spec: string): string | null | undefined {
  if (ASSET.test(spec)) return null;
  const base = posix.join(posix.dirname(from), spec);
  return CANDIDATES.map((ext) => base + ext).find((p) => CODE.test(p) && existsSync(join(root, p)) && statSync(join(root, p)).isFile());
}

/** Reads every non-test .ts/.tsx under `dirs`; `unresolved` lists relative specifiers that name no file. */
export function readGraph(root: string, dirs: readonly string[]): { graph: Graph; unresolved: string[] } {
  const graph: Graph = new Map();
  const unresolved: string[] = [];
  for (const file of dirs.flatMap((dir) => codeFiles(root, dir))) {
    const targets = new Set<string>();
    for (const spec of importSpecifiers(readFileSync(join(root, file), 'utf8')).filter((s) => s.startsWith('.'))) {
      const target = resolveSpecifier(root, file, spec);
      if (target === undefined) unresolved.push(`${file}: '${spec}'`);
      else if (target !== null && !isTest(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return { graph, unresolved };
}

function breaks(rule: Rule, target: string): boolean {
  const scope = `${rule.from.split('/')[0]}/`;
  const outsideOnly = rule.mayOnlyImport !== undefined && target.startsWith(scope) && !rule.mayOnlyImport.some((p) => target.startsWith(p));
  return outsideOnly || (rule.mayNotImport ?? []).some((p) => target.startsWith(p));
}

/** Every edge a rule forbids, as `from → to`. */
export function forbiddenEdges(graph: Graph, rules: readonly Rule[]): string[] {
  return [...graph].flatMap(([file, targets]) => {
    const own = rules.filter((r) => file.startsWith(r.from));
    return targets.filter((t) => own.some((r) => breaks(r, t))).map((t) => `${file} → ${t}`);
  });
}

/** Groups of files that reach one another (Tarjan's strongly connected components), among files under `under`. */
function tangles(graph: Graph, under: string): string[][] {
  const nodes = [...graph.keys()].filter((f) => f.startsWith(under)).sort();
  const next = (f: string): string[] => (graph.get(f) ?? []).filter((t) => t.startsWith(under) && graph.has(t));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next(v)) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = stack.splice(stack.indexOf(v));
    if (group.length > 1 || next(v).includes(v)) found.push(group.sort());
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

/** One concrete cycle per tangle, from its first file back to it by the shortest path: `[a, b, c, a]`. */
export function cycles(graph: Graph, under: string): string[][] {
  return tangles(graph, under).map((group) => {
    const start = group[0]!;
    const paths = new Map<string, string[]>([[start, [start]]]);
    for (const [file, path] of paths) {
      for (const t of (graph.get(file) ?? []).filter((t) => group.includes(t))) {
        if (t === start) return [...path, start];
        if (!paths.has(t)) paths.set(t, [...path, t]);
      }
    }
    return group; // unreachable: a tangle's files reach one another
  });
}

/** Every file `entry` reaches through imports, not following any into `skip` (a folder prefix). */
export function reachable(graph: Graph, entry: string, skip = '\0'): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || file.startsWith(skip)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? []));
  }
  return seen;
}

/**
 * Modules under `shared` that are not imported by the entry `required` and at least one other entry:
 * what only one context uses belongs to that context (or to the pages' own layers), not in shared.
 */
export function misplacedShared(graph: Graph, shared: string, entries: Record<string, string>, required: string, skip?: string): string[] {
  const users = Object.entries(entries).map(([name, entry]) => ({ name, files: reachable(graph, entry, skip) }));
  return [...graph.keys()]
    .filter((file) => file.startsWith(shared))
    .map((file) => ({ file, by: users.filter((u) => u.files.has(file)).map((u) => u.name) }))
    .filter(({ by }) => !by.includes(required) || by.length < 2)
    .map(({ file, by }) => `${file} (imported by ${by.join(', ') || 'nothing'})`);
}
