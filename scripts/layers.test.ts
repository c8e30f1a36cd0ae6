import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, forbiddenEdges, importSpecifiers, misplacedShared, readGraph, type Graph, type Rule } from './layers';

// Who may import whom in src/ (issue "One shape a newcomer can read"). Prefixes; tests are exempt.
const RULES: readonly Rule[] = [
  { from: 'src/platform/', mayOnlyImport: ['src/platform/', 'src/shared/'] },
  { from: 'src/shared/', mayOnlyImport: ['src/shared/'] },
  { from: 'src/content/', mayNotImport: ['src/background/', 'src/popup/', 'src/options/', 'src/ui/', 'src/bulk/'] },
  { from: 'src/background/', mayNotImport: ['src/popup/', 'src/options/', 'src/ui/', 'src/content/', 'src/bulk/'] },
  { from: 'src/ui/', mayNotImport: ['src/popup/', 'src/options/', 'src/background/', 'src/content/', 'src/bulk/'] },
  { from: 'src/popup/', mayNotImport: ['src/options/', 'src/background/', 'src/content/', 'src/bulk/'] },
  { from: 'src/options/', mayNotImport: ['src/popup/', 'src/background/', 'src/content/', 'src/bulk/'] },
  { from: 'src/bulk/', mayNotImport: ['src/popup/', 'src/options/', 'src/background/', 'src/content/'] },
  // Chrome's offscreen document (the clipboard's clear): the platform layer and nothing above it.
  { from: 'src/offscreen/', mayOnlyImport: ['src/platform/', 'src/shared/'] },
  // src/e2e-bridge/ (the test hook of the end-to-end build only) may import anything.
];

// Each context's entry (manifest.json). The e2e hook is left out: it is not in production builds.
const ENTRIES = { background: 'src/background/index.ts', content: 'src/content/index.ts', popup: 'src/popup/main.ts', options: 'src/options/main.tsx', bulk: 'src/bulk/main.tsx', offscreen: 'src/offscreen/clipboard.ts' };

const root = resolve(import.meta.dirname, '..');
const shown = (cycle: string[]): string => cycle.join(' → ');
const graphOf = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe('the layer checker', () => {
  it('finds type-only, side-effect, re-export, dynamic and multi-line imports, not commented-out ones', () => {
    const source = `import type { A } from './a';\nexport type { G } from './g';\nimport './b.ts';\nexport * from '../c';\nexport { d } from './d';
const e = await import('./e');\nimport {\n  f,\n} from 'pkg';\n// import './not-me';\n/* import './nor-me'; */`;
    expect(importSpecifiers(source).sort()).toEqual(['../c', './a', './b.ts', './d', './e', './g', 'pkg']);
  });

  it('resolves .ts, .tsx and index.ts, skips tests and assets, and reports what names no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layers-'));
    const files = { 'src/a.ts': `import './b'; import './c'; import './d.css'; import './e'; import './a.test';`,
      'src/b.tsx': '', 'src/c/index.ts': '', 'src/a.test.ts': `import './b';` };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const read = readGraph(dir, ['src']);
    rmSync(dir, { recursive: true, force: true });
    expect(read).toEqual({ graph: graphOf({ 'src/a.ts': ['src/b.tsx', 'src/c/index.ts'], 'src/b.tsx': [], 'src/c/index.ts': [] }), unresolved: [`src/a.ts: './e'`] });
  });

  it('names each forbidden edge, and passes a clean graph', () => {
    const graph = graphOf({ 'src/platform/k.ts': ['src/background/s.ts', 'src/shared/m.ts'], 'src/ui/x.ts': ['src/popup/p.ts'],
      'src/e2e-bridge/h.ts': ['src/popup/p.ts'], 'src/popup/p.ts': ['src/ui/x.ts'] });
    expect(forbiddenEdges(graph, RULES)).toEqual(['src/platform/k.ts → src/background/s.ts', 'src/ui/x.ts → src/popup/p.ts']);
    expect(forbiddenEdges(graphOf({ 'src/popup/p.ts': ['src/ui/x.ts', 'src/shared/m.ts'] }), RULES)).toEqual([]);
  });

  it('reports a cycle as its files, and passes an acyclic graph', () => {
    const graph = graphOf({ 'e/a.ts': ['e/b.ts'], 'e/b.ts': ['e/c.ts', 'e/d.ts'], 'e/c.ts': ['e/a.ts'], 'e/d.ts': [], 'f/x.ts': ['f/x.ts'] });
    expect(cycles(graph, 'e/').map(shown)).toEqual(['e/a.ts → e/b.ts → e/c.ts → e/a.ts']);
    expect(cycles(graph, 'f/').map(shown)).toEqual(['f/x.ts → f/x.ts']);
    expect(cycles(graphOf({ 'e/a.ts': ['e/b.ts'], 'e/b.ts': [] }), 'e/')).toEqual([]);
  });

  it('finds shared modules that the service worker or a second context does not import', () => {
    const graph = graphOf({ 'b/i.ts': ['s/both.ts', 's/one.ts', 'h/x.ts'], 'p/m.ts': ['s/both.ts', 's/pages.ts'], 'o/m.ts': ['s/pages.ts'],
      'h/x.ts': ['s/hook.ts'], 's/both.ts': [], 's/one.ts': [], 's/pages.ts': [], 's/hook.ts': [] });
    expect(misplacedShared(graph, 's/', { bg: 'b/i.ts', popup: 'p/m.ts', options: 'o/m.ts' }, 'bg', 'h/')).toEqual([
      's/one.ts (imported by bg)', 's/pages.ts (imported by popup, options)', 's/hook.ts (imported by nothing)',
    ]);
  });
});

describe('the real tree', () => {
  // The counts guard against a walker that finds nothing and so passes; unresolved guards the resolver.
  it('emulator/ has no import cycle', () => {
    const { graph, unresolved } = readGraph(root, ['emulator']);
    expect(graph.size).toBeGreaterThan(30);
    expect(unresolved).toEqual([]);
    expect(cycles(graph, 'emulator/').map(shown)).toEqual([]);
  });

  it('src/ keeps its layers and has no import cycle', () => {
    const { graph, unresolved } = readGraph(root, ['src']);
    expect(graph.size).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
    expect([...forbiddenEdges(graph, RULES), ...cycles(graph, 'src/').map(shown)]).toEqual([]);
  });

  it('no source file in src/ or emulator/ is over 300 lines (tests may be longer)', () => {
    const { graph } = readGraph(root, ['src', 'emulator']);
    const lines = (file: string) => readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length;
    expect([...graph.keys()].filter((file) => lines(file) > 300)).toEqual([]);
  });

  it('src/shared/ holds only modules the service worker and at least one other context import', () => {
    const { graph } = readGraph(root, ['src']);
    for (const entry of Object.values(ENTRIES)) expect(graph.has(entry)).toBe(true);
    expect(misplacedShared(graph, 'src/shared/', ENTRIES, 'background', 'src/e2e-bridge/')).toEqual([]);
  });
});
