// The benchmark report: machine description, the SDK gate, and the printed tables. Pure but for machine().
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { EntrySize } from './chunk-graph';
import type { ContentResults } from './content';
import { contentReport } from './content';
import type { ExtensionTimings } from './extension';
import type { SdkSizes } from './sdk';
import { kB, textTable, type Summary } from './stats';

/** The requirement: our background at least this many times smaller than the official SDK. */
export const REQUIRED_SDK_RATIO = 20;
/** The target: popup interactive within this many ms of opening, headless Chromium. */
export const POPUP_TARGET_MS = 100;

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
  machine: Machine;
  sizes: { entries: EntrySize[]; total: EntrySize };
  sdk: SdkSizes;
  gate: SdkGate;
  extension: ExtensionTimings;
  content: ContentResults;
}

const ms = (value: number) => value.toFixed(1);

function sizeTable(r: Results): string {
  const row = (name: string, e: EntrySize) => [
    name,
    String(e.files.length),
    kB(e.jsBytes),
    kB(e.jsGzip),
    kB(e.bytes),
    kB(e.gzip),
    e.lazy.files.length === 0 ? '–' : `${e.lazy.files.length}: ${kB(e.lazy.jsBytes)}`,
    e.lazy.files.length === 0 ? '–' : kB(e.lazy.jsGzip),
  ];
  const sdk = (b: SdkSizes['vite']) => [`Box SDK ${r.sdk.version}, ${b.bundler}`, String(b.files), kB(b.bytes), kB(b.gzip), kB(b.bytes), kB(b.gzip), '', ''];
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
  const popup = (s: Summary) => (s.median <= POPUP_TARGET_MS ? 'yes' : 'NO');
  return textTable(
    ['metric (ms)', 'median', 'p95', 'min', 'max', 'target', 'met?'],
    [
      timingRow('popup interactive, worker running', e.popup.warm.interactive, `≤ ${POPUP_TARGET_MS}`, popup(e.popup.warm.interactive)),
      timingRow('  of which DOMContentLoaded', e.popup.warm.domContentLoaded, '', ''),
      timingRow('popup interactive, worker stopped', e.popup.cold.interactive, `≤ ${POPUP_TARGET_MS}`, popup(e.popup.cold.interactive)),
      timingRow('  of which DOMContentLoaded', e.popup.cold.domContentLoaded, '', ''),
      timingRow('service worker: message, stopped', e.serviceWorker.cold, '', ''),
      timingRow('service worker: message, running', e.serviceWorker.warm, '', ''),
      timingRow('service worker start (difference)', e.serviceWorker.start, '', ''),
      timingRow('Send pressed → Box has the request', e.send.extension, '', ''),
      timingRow('plain HTTPS POST from Node', e.send.plainPost, '', ''),
    ],
  );
}

export function formatReport(r: Results): string {
  const m = r.machine;
  const g = r.gate;
  return [
    `Secure Sign for Box — performance (${r.generatedAt})`,
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
  ].join('\n');
}
