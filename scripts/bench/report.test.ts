import { describe, expect, it } from 'vitest';
import { entrySize, type EntrySize } from './chunk-graph';
import type { ContentScenario } from './content';
import { benchReadme, markdownTable, sdkGate, type Results } from './report';
import type { Summary } from './stats';

describe('sdkGate', () => {
  it('passes at 20× smaller minified or more, and reports the gzip ratio beside it', () => {
    expect(sdkGate({ jsBytes: 90_000, jsGzip: 30_000 }, { bytes: 1_800_000, gzip: 300_000 })).toEqual({ ratio: 20, gzipRatio: 10, required: 20, pass: true });
  });

  it('fails under 20×, whatever the gzip ratio', () => {
    const gate = sdkGate({ jsBytes: 162_000, jsGzip: 10_000 }, { bytes: 1_815_000, gzip: 259_000 });
    expect(gate.pass).toBe(false);
    expect(gate.ratio).toBeCloseTo(11.2, 1);
    expect(gate.gzipRatio).toBeCloseTo(25.9, 1);
  });

  it('fails when nothing was measured', () => {
    expect(sdkGate({ jsBytes: 0, jsGzip: 0 }, { bytes: 0, gzip: 0 }).pass).toBe(false);
  });
});

const summary = (median: number): Summary => ({ n: 15, median, p95: median * 1.2, min: median * 0.9, max: median * 1.3 });
const files = (bytes: number) => [{ file: 'assets/a.js', bytes, gzip: Math.round(bytes / 3) }];
const entry = (name: EntrySize['entry'], bytes: number, lazyBytes = 0): EntrySize => entrySize(name, files(bytes), lazyBytes > 0 ? files(lazyBytes) : []);
const scenario = (name: string, underTarget: boolean | null): ContentScenario => ({
  scenario: name,
  batches: 30,
  rowsPerBatch: 60,
  ms: summary(0.5),
  cpuMs: underTarget === null ? null : summary(0.4),
  gc: underTarget === null ? null : { batches: 2, ms: 3.25 },
  underTarget,
});

function results(over: Partial<Results> = {}): Results {
  const background = entry('background', 89_135);
  return {
    generatedAt: '2026-11-27T03:44:00.514Z',
    commit: { hash: '617e5df', uncommitted: false },
    machine: { cpu: 'Intel(R) Xeon(R) Processor', cores: 2, memoryGiB: 23.5, os: 'Debian GNU/Linux 12 (bookworm)', node: 'v20.20.2', chromium: 'Chrome/156.0.8078.108', loadAverage: 1.59 },
    sizes: { entries: [background, entry('popup', 122_900, 193_600), entry('options', 259_200), entry('content', 63_700)], total: entry('background', 351_700, 28_200) },
    sdk: { version: '1.19.1', installSeconds: 4, vite: { bundler: 'vite', files: 1, bytes: 1_814_808, gzip: 258_981 }, esbuild: { bundler: 'esbuild', files: 1, bytes: 1_867_221, gzip: 295_974 }, cachedIn: null },
    gate: sdkGate(background, { bytes: 1_814_808, gzip: 258_981 }),
    extension: {
      chromium: 'Chrome/156.0.8078.108',
      runs: 15,
      popup: { warm: { interactive: summary(74.1), domContentLoaded: summary(60.2) }, cold: { interactive: summary(73.9), domContentLoaded: summary(56.7) }, emptyPage: { warm: summary(49), cold: summary(51) }, ratio: 1.48, lateProbes: 0 },
      serviceWorker: { cold: summary(32.8), warm: summary(2.4), start: summary(30.4) },
      send: { extension: summary(20.3), plainPost: summary(0.97), ratio: 20.9, clockError: 0.61 },
    },
    content: { chromium: '156.0.8078.108', folderSize: 5000, targetMs: 2, virtualised: [scenario('initial scan', null), scenario('scroll | select', true)], allRows: [scenario('select all', false)] },
    ...over,
  };
}

describe('benchReadme', () => {
  it('starts with the fixed introduction and links to the method in docs/', () => {
    const text = benchReadme(results());
    expect(text.startsWith('# Benchmarks\n')).toBe(true);
    expect(text).toContain('Do not edit it: the next run overwrites it.');
    expect(text).toContain('[docs/performance.md](../docs/performance.md)');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the commit, the date and the machine of the run', () => {
    const text = benchReadme(results());
    expect(text).toContain('- Commit `617e5df`, 2026-11-27 (03:44 UTC).');
    expect(text).toContain('- Machine: Intel(R) Xeon(R) Processor, 2 cores, 23.5 GiB, Debian GNU/Linux 12 (bookworm); Node v20.20.2; Chrome/156.0.8078.108 headless; load average 1.59 at the start.');
  });

  it('says when the tree measured had uncommitted changes, and when no commit was recorded', () => {
    expect(benchReadme(results({ commit: { hash: 'abc1234', uncommitted: true } }))).toContain('- Commit `abc1234` + uncommitted changes, 2026-11-27');
    expect(benchReadme(results({ commit: null }))).toContain('- Commit not recorded, 2026-11-27');
    const { commit: _, ...older } = results();
    expect(benchReadme(older)).toContain('- Commit not recorded, 2026-11-27');
  });

  it('tabulates the sizes, the gate with its margin, the timings and the content script', () => {
    const text = benchReadme(results());
    expect(text).toContain('| background | 1 | 89.1 kB | 29.7 kB | 89.1 kB | 29.7 kB | – | – |');
    expect(text).toContain('| popup | 1 | 122.9 kB | 41.0 kB | 122.9 kB | 41.0 kB | 193.6 kB (1) | 64.5 kB |');
    expect(text).toContain('| Box SDK 1.19.1, vite | 1 | 1814.8 kB |');
    expect(text).toContain('**Background vs the Box SDK: 20.4× smaller minified (8.7× gzipped). Required: 20×. PASS, with 1.6 kB to spare.**');
    expect(text).toContain('| popup interactive, service worker running | 74.1 | 88.9 | 66.7 | 96.3 |  |  |');
    expect(text).toContain("Popup usable ÷ an empty extension page's DOMContentLoaded (medians, worker running and stopped): 1.48× (target ≤ 1.5×: met).");
    expect(text).toContain('Send overhead: 20.9× a plain POST');
    expect(text).toContain('| scenario | batches | rows/batch | CPU median | CPU p95 | wall median | wall p95 | wall max | GC in (batches) | CPU p95 < 2 ms? |');
    expect(text).toContain('| initial scan | 30 | 60.0 | – | – | 0.500 | 0.600 | 0.650 | – | (one-off) |');
    expect(text).toContain('| scroll \\| select | 30 | 60.0 | 0.400 | 0.480 | 0.500 | 0.600 | 0.650 | 3.3 ms (2) | yes |');
    expect(text).toContain('| select all | 30 | 60.0 | 0.400 | 0.480 | 0.500 | 0.600 | 0.650 | 3.3 ms (2) | NO |');
    expect(text).toContain('The 2 ms target is judged on CPU p95');
  });

  it('says FAIL, and by how much, when the background is over the budget', () => {
    const big = entry('background', 100_000);
    const r = results({ gate: sdkGate(big, { bytes: 1_814_808, gzip: 258_981 }) });
    r.sizes.entries[0] = big;
    expect(benchReadme(r)).toContain('Required: 20×. FAIL, 9.3 kB over.**');
  });

  it('reports popup openings that could not be timed', () => {
    const r = results();
    r.extension.popup.lateProbes = 2;
    expect(benchReadme(r)).toContain('15 runs each; 2 popup openings could not be timed');
  });
});

describe('markdownTable', () => {
  it('left-aligns the first column, right-aligns the rest', () => {
    expect(markdownTable(['a', 'b'], [['x', '1']])).toBe('| a | b |\n|---|---:|\n| x | 1 |');
  });
});

describe('the signer guard line', () => {
  it('says whether the per-keystroke target is met', async () => {
    const { guardLine } = await import('./report');
    const ms = { n: 10, median: 0.35, p95: 0.9, min: 0.2, max: 2 };
    expect(guardLine({ rows: 10, trustedDomains: 221, keystrokes: 340, ms, underTarget: true })).toBe(
      'Signer guard per keystroke (10 signers, 221 trusted domains, 340 keystrokes): median 0.350 ms, p95 0.900 ms; target ≤ 1 ms median → met',
    );
  });
});
