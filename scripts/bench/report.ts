// The benchmark report: machine description, the SDK gate, the printed tables and bench/README.md.
// Pure but for machine() and gitCommit().
import { GUARD_TARGET_MS, type GuardKeystrokes } from './guard';
import type { BulkBench } from './bulk';
import { bulkMarkdown, bulkReport } from './bulk-report';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { EntrySize } from './chunk-graph';
import type { ContentResults, ContentScenario } from './content';
import { CONTENT_HEAD, CONTENT_LEGEND, contentReport, contentRow, startupLines } from './content';
import type { ExtensionTimings } from './extension';
import type { SdkSizes } from './sdk';
import { kB, markdownTable, textTable, type Summary } from './stats';
import type { MutationFile } from '../mutation/score';
import { markdownMutation } from './mutation';

/** The requirement: our background at least this many times smaller than the official SDK. */
export const REQUIRED_SDK_RATIO = 20;
/**
 * Issue 13's target: the popup usable within this many times the DOMContentLoaded of an empty
 * extension page opened the same way in the same run (medians, both worker states). A ratio rather
 * than milliseconds: the same build read 156 ms on one machine and under 100 ms on the next.
 */
export const POPUP_TARGET_RATIO = 1.5;

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: other work on the machine skews every timing. */
  loadAverage: number;
}

export function machine(chromium: string, loadAverage = loadavg()[0] ?? 0): Machine {
  let os = process.platform as string;
  try {
    os = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // not Linux: the platform name will do
  }
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, os, node: process.version, chromium, loadAverage: Math.round(loadAverage * 100) / 100 };
}

/** The commit the run measured; null outside a git checkout (e.g. the source ZIP). */
export interface Commit {
  /** `git rev-parse --short HEAD`. */
  hash: string;
  /** `git status --porcelain` was not empty: the tree measured differs from the commit. */
  uncommitted: boolean;
}

export function gitCommit(cwd: string): Commit | null {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    return { hash: git('rev-parse', '--short', 'HEAD').trim(), uncommitted: git('status', '--porcelain').trim() !== '' };
  } catch {
    return null;
  }
}

/** "617e5df", "617e5df + uncommitted changes", or "not recorded". */
export function describeCommit(commit: Commit | null | undefined): string {
  if (!commit) return 'not recorded';
  return `${commit.hash}${commit.uncommitted ? ' + uncommitted changes' : ''}`;
}

export interface SdkGate {
  /** SDK bytes ÷ our background's bytes, minified JavaScript. The gate. */
  ratio: number;
  /** The same gzipped, for information. */
  gzipRatio: number;
  required: number;
  pass: boolean;
}

/** `background`: all the JavaScript the background can load, lazy chunks included (see `everything`). */
export function sdkGate(background: Pick<EntrySize, 'jsBytes' | 'jsGzip'>, sdk: { bytes: number; gzip: number }, required = REQUIRED_SDK_RATIO): SdkGate {
  const ratio = sdk.bytes / background.jsBytes;
  return { ratio, gzipRatio: sdk.gzip / background.jsGzip, required, pass: Number.isFinite(ratio) && ratio >= required };
}

export interface Results {
  generatedAt: string;
  /** Absent in results written before the commit was recorded. */
  commit?: Commit | null;
  machine: Machine;
  sizes: { entries: EntrySize[]; total: EntrySize };
  sdk: SdkSizes;
  gate: SdkGate;
  extension: ExtensionTimings;
  content: ContentResults;
  /** The signer guard's cost per keystroke; absent in results written before it existed. */
  guard?: GuardKeystrokes;
  /** Absent in results written before Bulk send. */
  bulk?: BulkBench;
}

const ms = (value: number) => value.toFixed(1);

/** The cells of the size tables, for an entry and for the Box SDK; `lazy` writes the lazy-chunks cell. */
function sizeCells(r: Results, lazy: (e: EntrySize) => string) {
  const row = (name: string, e: EntrySize) => [
    name,
    String(e.files.length),
    kB(e.jsBytes),
    kB(e.jsGzip),
    kB(e.bytes),
    kB(e.gzip),
    e.lazy.files.length === 0 ? '–' : lazy(e),
    e.lazy.files.length === 0 ? '–' : kB(e.lazy.jsGzip),
  ];
  const sdk = (b: SdkSizes['vite']) => [`Box SDK ${r.sdk.version}, ${b.bundler}`, String(b.files), kB(b.bytes), kB(b.gzip), kB(b.bytes), kB(b.gzip), '', ''];
  return { row, sdk };
}

function sizeTable(r: Results): string {
  const { row, sdk } = sizeCells(r, (e) => `${e.lazy.files.length}: ${kB(e.lazy.jsBytes)}`);
  return textTable(
    ['entry (dist/chrome)', 'files', 'JS min', 'JS gzip', 'all min', 'all gzip', 'lazy: files, JS min', 'lazy JS gzip'],
    [
      ...r.sizes.entries.map((e) => row(e.entry, e)),
      row('total (each file once)', r.sizes.total),
      sdk(r.sdk.vite),
      sdk(r.sdk.esbuild),
    ],
  );
}

function timingRow(name: string, s: Summary, target: string, verdict: string): string[] {
  return [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max), target, verdict];
}

function timingTable(r: Results): string {
  const e = r.extension;
  return `${popupRatioLine(r)}\n\n${textTable(
    ['metric (ms)', 'median', 'p95', 'min', 'max', 'target', 'met?'],
    [
      timingRow('popup interactive, worker running', e.popup.warm.interactive, '', ''),
      timingRow('  of which DOMContentLoaded', e.popup.warm.domContentLoaded, '', ''),
      timingRow('empty extension page, DOMContentLoaded', e.popup.emptyPage.warm, '', ''),
      timingRow('popup interactive, worker stopped', e.popup.cold.interactive, '', ''),
      timingRow('  of which DOMContentLoaded', e.popup.cold.domContentLoaded, '', ''),
      timingRow('empty extension page, DOMContentLoaded', e.popup.emptyPage.cold, '', ''),
      timingRow('service worker: message, stopped', e.serviceWorker.cold, '', ''),
      timingRow('service worker: message, running', e.serviceWorker.warm, '', ''),
      timingRow('service worker start (difference)', e.serviceWorker.start, '', ''),
      timingRow('Send pressed → Box has the request', e.send.extension, '', ''),
      timingRow('plain HTTPS POST from Node', e.send.plainPost, '', ''),
    ],
  )}`;
}

export function formatReport(r: Results): string {
  const m = r.machine;
  const g = r.gate;
  return [
    `Secure Sign for Box — performance (${r.generatedAt}, commit ${describeCommit(r.commit)})`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.chromium}; load average ${m.loadAverage} at start`,
    '',
    'Bundle sizes: each entry with every file it loads as it starts; "lazy" = chunks it loads later, when the code',
    'asks for them (dynamic imports), not in the first columns. gzip -9 per file, summed.',
    sizeTable(r),
    '',
    `Background vs the official Box SDK sending one sign request (Vite build): ${g.ratio.toFixed(1)}× smaller minified ` +
      `(${g.gzipRatio.toFixed(1)}× gzipped); required ≥ ${g.required}× minified → ${g.pass ? 'PASS' : 'FAIL'}`,
    '',
    `Extension timings, headless Chromium, ${r.extension.runs} runs each` +
      (r.extension.popup.lateProbes > 0 ? ` (${r.extension.popup.lateProbes} popup openings not timed and done again: the probe started late)` : ''),
    timingTable(r),
    `Send overhead: ${r.extension.send.ratio.toFixed(1)}× a plain POST (medians; clock alignment ± ${r.extension.send.clockError.toFixed(2)} ms)`,
    '',
    contentReport(r.content),
    ...(r.guard ? ['', guardLine(r.guard)] : []),
    ...bulkReport(r.bulk),
  ].join('\n');
}

/** One line on the signer guard's cost per keystroke (issue 16: ≤ 1 ms median). */
export function guardLine(g: GuardKeystrokes): string {
  return (
    `Signer guard per keystroke (${g.rows} signers, ${g.trustedDomains} trusted domains, ${g.keystrokes} keystrokes): ` +
    `median ${g.ms.median.toFixed(3)} ms, p95 ${g.ms.p95.toFixed(3)} ms; target ≤ ${GUARD_TARGET_MS} ms median → ${g.underTarget ? 'met' : 'NOT met'}`
  );
}

// bench/README.md: a fixed introduction, then the run's figures as Markdown tables.

export { markdownTable } from './stats';

const BENCH_README_INTRO = `# Benchmarks

This file is written by \`npm run bench\` (\`scripts/bench.ts\`; the text comes from \`benchReadme\` in
\`scripts/bench/report.ts\`). Do not edit it: the next run overwrites it.

\`npm run bench\` builds the extension as \`npm run build:chrome\` does, into a private folder, and measures:

- **Bundle sizes.** Each entry (background, popup, options, content script) with every file it loads as it
  starts, minified and gzipped (level 9, per file, summed). Chunks loaded later through \`import()\` are counted
  apart, as *lazy*.
- **The Box SDK gate.** The official Box TypeScript SDK (\`box-typescript-sdk-gen\`, installed in a temporary
  folder, apart from the dev dependency the emulator's tests use) creating one sign request, bundled with Vite like our code and with esbuild. The
  run fails when our background is not at least ${REQUIRED_SDK_RATIO}× smaller, minified, than the Vite bundle.
- **Timings in headless Chromium** against the Box emulator: the popup becoming usable with the service worker
  running and stopped, the service worker's start, and Send pressed → the emulator has the request, beside the
  same POST sent from Node.
- **The content script** on a 5,000-row Box folder page (\`box-folder-page.ts\`, changed as Box does by
  \`box-driver.ts\` in the page's world; the watcher run by \`content-page.ts\` in an isolated world, as a content
  script is): the time spent in its \`MutationObserver\` callback per change batch, as the page thread's
  CPU time (from a Chromium trace of the same run: what the target is judged on) and as wall-clock time.

A run takes about 80 s, needs Debian's Chromium and the npm registry, and is not part of \`npm test\`. It also
writes \`results.json\` here, with every number, the machine and the commit. Commit the two files together, or
neither. Timings depend on the machine and on its load: compare runs from the same machine. How each number is
measured, in detail: [docs/performance.md](../docs/performance.md).`;

function markdownSizes(r: Results): string {
  const { row, sdk } = sizeCells(r, (e) => `${kB(e.lazy.jsBytes)} (${e.lazy.files.length})`);
  return markdownTable(
    ['entry (production Chrome build)', 'files', 'JS min', 'JS gzip', 'all min', 'all gzip', 'lazy JS min (files)', 'lazy JS gzip'],
    [...r.sizes.entries.map((e) => row(e.entry, e)), row('all of the above, each file once', r.sizes.total), sdk(r.sdk.vite), sdk(r.sdk.esbuild)],
  );
}

function markdownTimings(r: Results): string {
  const e = r.extension;
  const row = (name: string, s: Summary, target = '', met = '') => [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max), target, met];
  return markdownTable(
    ['ms', 'median', 'p95', 'min', 'max', 'target (median)', 'met?'],
    [
      row('popup interactive, service worker running', e.popup.warm.interactive),
      row('– of which DOMContentLoaded', e.popup.warm.domContentLoaded),
      row('an empty extension page opened the same way: DOMContentLoaded', e.popup.emptyPage.warm),
      row('popup interactive, service worker stopped (the first message wakes it)', e.popup.cold.interactive),
      row('– of which DOMContentLoaded', e.popup.cold.domContentLoaded),
      row('an empty extension page opened the same way: DOMContentLoaded', e.popup.emptyPage.cold),
      row('a message to the stopped service worker', e.serviceWorker.cold),
      row('the same message to the running service worker', e.serviceWorker.warm),
      row('service-worker start (the difference)', e.serviceWorker.start),
      row('Send pressed → the emulator has the request', e.send.extension),
      row('the same body POSTed from Node, connection kept alive', e.send.plainPost),
    ],
  );
}

function markdownContent(scenarios: readonly ContentScenario[]): string {
  return markdownTable(CONTENT_HEAD, scenarios.map(contentRow));
}

/** bench/README.md for a run: the fixed introduction, then the figures. Pure. */
export function benchReadme(r: Results, mutation: MutationFile | null = null): string {
  const m = r.machine;
  const g = r.gate;
  const background = r.sizes.entries.find((e) => e.entry === 'background');
  // Bytes the background may still grow by before the gate fails (negative: over by that much).
  const spare = background ? Math.floor(r.sdk.vite.bytes / g.required) - background.jsBytes : null;
  const margin = spare === null ? '' : spare >= 0 ? `, with ${kB(spare)} to spare` : `, ${kB(-spare)} over`;
  const commit = r.commit ? `\`${r.commit.hash}\`${r.commit.uncommitted ? ' + uncommitted changes' : ''}` : 'not recorded';
  const e = r.extension;
  const c = r.content;
  const folder = c.folderSize.toLocaleString('en-US');
  return [
    BENCH_README_INTRO,
    '',
    '## Latest run',
    '',
    `- Commit ${commit}, ${r.generatedAt.slice(0, 10)} (${r.generatedAt.slice(11, 16)} UTC).`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.chromium} headless; ` +
      `load average ${m.loadAverage} at the start.`,
    '',
    '### Bundle sizes',
    '',
    markdownSizes(r),
    '',
    `**Background vs the Box SDK: ${g.ratio.toFixed(1)}× smaller minified (${g.gzipRatio.toFixed(1)}× gzipped). ` +
      `Required: ${g.required}×. ${g.pass ? 'PASS' : 'FAIL'}${margin}.**`,
    '',
    '### Timings',
    '',
    `Headless Chromium, ${e.runs} runs each` +
      (e.popup.lateProbes > 0 ? `; ${e.popup.lateProbes} popup openings could not be timed (the probe started late) and were done again.` : '.'),
    '',
    popupRatioLine(r),
    '',
    markdownTimings(r),
    '',
    `Send overhead: ${e.send.ratio.toFixed(1)}× a plain POST (medians; clocks aligned to ± ${e.send.clockError.toFixed(2)} ms).`,
    '',
    '### Content script',
    '',
    ...startupLines(c).flatMap((line) => [line, '']),
    `On a ${folder}-item folder; change batches must stay under ${c.targetMs} ms at p95. ${CONTENT_LEGEND}`,
    '',
    `A. Virtualised list, as Box renders it (60 rows in the page, scrolled through all ${folder}):`,
    '',
    markdownContent(c.virtualised),
    '',
    `B. Worst case: all ${folder} rows in the page:`,
    '',
    markdownContent(c.allRows),
    '',
    markdownMutation(mutation),
    ...(r.guard ? ['### Signer guard', '', guardLine(r.guard), ''] : []),
    ...bulkMarkdown(r.bulk),
  ].join('\n');
}

/** Popup usable ÷ empty page DOMContentLoaded, against the target. */
export function popupRatioLine(r: Results): string {
  const { ratio } = r.extension.popup;
  const met = ratio <= POPUP_TARGET_RATIO ? 'met' : 'NOT met';
  return `Popup usable ÷ an empty extension page's DOMContentLoaded (medians, worker running and stopped): ${ratio.toFixed(2)}× (target ≤ ${POPUP_TARGET_RATIO}×: ${met}).`;
}
