// Benchmark of the content script's Box detection in headless Chromium.
// Builds a 5,000-item Box folder page, bundles the real src/content modules for it with esbuild, runs
// them in an isolated world of the page as Chromium runs a content script, and times our
// MutationObserver callback per change batch while the page's own world makes Box's changes. Offline:
// the page is served by a Playwright route. Numbers depend on the machine.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { FOLDER_SIZE, SCROLL_THROUGH, folderPage } from '../../bench/box-folder-page';
import { BATCH_MARK } from '../../bench/batch-mark';
import type {} from '../../bench/box-driver'; // window.boxDriver's type, for page.evaluate
import type { Sample } from '../../bench/content-page';
import { CHROMIUM } from '../../test/e2e/harness';
import { summarize, textTable, type Summary } from './stats';
import { isolatedWorld } from './isolated-world';
import { markedCalls, type CallCost, type TraceEvent } from './trace';

export const CONTENT_TARGET_MS = 2;
const URL = 'https://app.box.com/folder/362946683803';

export interface ContentScenario {
  scenario: string;
  batches: number;
  rowsPerBatch: number;
  /** Wall-clock time per batch, measured in the page with performance.now(): includes waiting for a core. */
  ms: Summary;
  /**
   * The page thread's CPU time in our callback per batch, from a Chromium trace of the same run (the
   * callback's `v8.callFunction` event, its thread duration). Null for one-offs, which are not marked.
   */
  cpuMs: Summary | null;
  /** Batches with a garbage collection inside our callback, and those collections' time in all, ms. */
  gc: { batches: number; ms: number } | null;
  /**
   * Change batches must stay under the target at p95 of their CPU time (what the Box user pays; wall
   * time adds the machine's load), or of their wall time when there is no trace. One-offs have none.
   */
  underTarget: boolean | null;
}

export interface ContentResults {
  chromium: string;
  /**
   * What a Box user pays for the content script on a page load: the built script (one classic file)
   * parsed, compiled and run until its message listener is in place (its first answer possible), in an
   * isolated world of the page as the browser runs it. On the 5,000-row folder page and on a file page.
   */
  startup?: { page: string; bytes: number; ms: Summary }[];
  folderSize: number;
  targetMs: number;
  virtualised: ContentScenario[];
  allRows: ContentScenario[];
}

/** `file` (in bench/) bundled for the page as one classic script. */
async function bundle(file: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../../bench', file)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** The watcher's bundle (content-page.ts, in an isolated world) and Box's changes (box-driver.ts, the page's world). */
interface Scripts {
  watcher: string;
  driver: string;
}

/**
 * One page load: the watcher placed in an isolated world as the content script is, and each scenario
 * played by the page's own world between the watcher's start and stop.
 */
async function runPage(page: Page, scripts: Scripts, virtualised: boolean): Promise<Sample[]> {
  await page.route('https://app.box.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: folderPage(virtualised),
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    }),
  );
  await page.goto(URL);
  await page.addScriptTag({ content: scripts.driver });
  const world = await isolatedWorld(page, 'contentBench');
  try {
    await world.evaluate(scripts.watcher);
    const samples = await world.evaluate<Sample[]>('contentBench.initialScan(30)');
    for (const scenario of await page.evaluate((v) => window.boxDriver.scenarios(v), virtualised)) {
      await world.evaluate('contentBench.watch(true)');
      await page.evaluate((name) => window.boxDriver.play(name), scenario);
      samples.push(await world.evaluate<Sample>(`contentBench.stop(${JSON.stringify(scenario)})`));
    }
    await world.evaluate('contentBench.watch(false)');
    if (virtualised) await page.evaluate((name) => window.boxDriver.play(name), SCROLL_THROUGH);
    samples.push(await world.evaluate<Sample>('contentBench.snapshot(20)'));
    return samples;
  } finally {
    await world.close();
    await page.unroute('https://app.box.com/**');
  }
}

const isOneOff = (s: Sample): boolean => s.scenario.startsWith('initial') || s.scenario.startsWith('getPageFiles');

/** `costs`: the traced cost of each of the sample's batches, in order (none for one-offs or without a trace). */
export function toScenario(s: Sample, costs?: readonly CallCost[]): ContentScenario {
  const ms = summarize(s.ms);
  const cpuMs = costs ? summarize(costs.map((c) => c.cpuMs)) : null;
  const withGc = costs?.filter((c) => c.gcMs > 0);
  const gc = withGc ? { batches: withGc.length, ms: withGc.reduce((n, c) => n + c.gcMs, 0) } : null;
  const judged = cpuMs ?? ms;
  return { scenario: s.scenario, batches: s.ms.length, rowsPerBatch: s.rows, ms, cpuMs, gc, underTarget: isOneOff(s) ? null : judged.p95 < CONTENT_TARGET_MS };
}

/**
 * The samples as scenarios, each change batch given its traced cost: the page marks every batch it keeps,
 * in the order of the samples' `ms`, so the marks are dealt out in that order. A count that does not add
 * up means the marks cannot be trusted: no CPU figures then, rather than wrong ones.
 */
export function toScenarios(samples: readonly Sample[], costs: readonly CallCost[] | null): ContentScenario[] {
  const expected = samples.filter((s) => !isOneOff(s)).reduce((n, s) => n + s.ms.length, 0);
  if (costs !== null && costs.length !== expected) {
    console.warn(`content bench: ${costs.length} traced batches for ${expected} measured; CPU times left out`);
  }
  const usable = costs !== null && costs.length === expected;
  let next = 0;
  return samples.map((s) => {
    if (!usable || isOneOff(s)) return toScenario(s);
    next += s.ms.length;
    return toScenario(s, costs.slice(next - s.ms.length, next));
  });
}

/** The columns of contentRow (the printed report and bench/README.md). */
export const CONTENT_HEAD = ['scenario', 'batches', 'rows/batch', 'CPU median', 'CPU p95', 'wall median', 'wall p95', 'wall max', 'GC in (batches)', `CPU p95 < ${CONTENT_TARGET_MS} ms?`];

/** One scenario as table cells, ms. */
export function contentRow(s: ContentScenario): string[] {
  const cpu = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(3));
  return [
    s.scenario,
    String(s.batches),
    s.rowsPerBatch.toFixed(1),
    cpu(s.cpuMs?.median),
    cpu(s.cpuMs?.p95),
    s.ms.median.toFixed(3),
    s.ms.p95.toFixed(3),
    s.ms.max.toFixed(3),
    s.gc ? `${s.gc.ms.toFixed(1)} ms (${s.gc.batches})` : '–',
    s.underTarget === null ? '(one-off)' : `${s.underTarget ? 'yes' : 'NO'}${s.cpuMs ? '' : ' (wall)'}`,
  ];
}

export function contentTable(title: string, scenarios: readonly ContentScenario[]): string {
  return `${title}\n${textTable(CONTENT_HEAD, scenarios.map(contentRow))}`;
}

/** What the columns are, and which one the target is judged on and why (the report and bench/README.md). */
export const CONTENT_LEGEND =
  'ms per change batch (per call for one-offs) in our MutationObserver callback (or event listener), in the page. ' +
  'CPU = the page thread\'s CPU time in the callback, from a Chromium trace of the same run (the thread duration of the ' +
  'callback\'s v8.callFunction event); wall = performance.now() around it in the page. The 2 ms target is judged on CPU p95: ' +
  'the issue asks for the content script\'s cost, and what a Box user pays is the CPU time we take from their page\'s ' +
  'thread; wall time on a loaded 2-core machine also counts the time the thread waits for a core. Wall p95 stays ' +
  'beside it: on a quiet machine the two are close. GC in = garbage collections inside our callback, their time in all ' +
  '(and in how many batches). One-offs are not marked: wall time only.';

/** The built script's own start-up cost on a Box page, one line per page. */
export function startupLines(r: ContentResults): string[] {
  return (r.startup ?? []).map(
    (s) => `Content script start-up (${(s.bytes / 1000).toFixed(1)} kB, parsed and run until it can answer), ${s.page}: median ${s.ms.median.toFixed(2)} ms, p95 ${s.ms.p95.toFixed(2)} ms.`,
  );
}

export function contentReport(r: ContentResults): string {
  return [
    `Content-script detection — ${r.folderSize}-item folder`,
    ...startupLines(r),
    contentTable(`A. Virtualised list, as Box renders it (60 rows in the DOM, scrolled through all ${r.folderSize}):`, r.virtualised),
    '',
    contentTable(`B. Worst case: all ${r.folderSize} rows in the DOM:`, r.allRows),
    CONTENT_LEGEND,
  ].join('\n');
}

/**
 * Run in the content script's world: `chrome.runtime` stubbed (the listener is registered, never called),
 * then the built script run as a classic script is, by an indirect eval (parse, compile, run), timed. Its
 * text, for the world's evaluate.
 */
const RUN_BUILT = `(code) => {
  globalThis.chrome = { runtime: { id: 'bench', onMessage: { addListener() {}, removeListener() {} } } };
  const t0 = performance.now();
  (0, eval)(code);
  return performance.now() - t0;
}`;

/**
 * The built content script, run `runs` times on a fresh load of each page, each time in a new isolated
 * world as the browser runs a content script. Each load starts with a cold V8 for the script's text.
 */
async function measureStartup(page: Page, builtScript: string, runs: number): Promise<NonNullable<ContentResults['startup']>> {
  const pages = [
    { page: `${FOLDER_SIZE}-item folder (virtualised, 60 rows)`, url: URL, body: folderPage(true) },
    { page: 'file page', url: 'https://app.box.com/file/1000000001', body: '<!doctype html><html><head><title>A.pdf | Powered by Box</title></head><body><div class="bp-ControlsRoot" data-resin-fileid="1000000001"></div></body></html>' },
  ];
  const out = [];
  for (const { page: name, url, body } of pages) {
    await page.route('https://app.box.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(url);
      const world = await isolatedWorld(page, 'contentStartup');
      try {
        ms.push(await world.evaluate<number>(`(${RUN_BUILT})(${JSON.stringify(builtScript)})`));
      } finally {
        await world.close();
      }
    }
    await page.unroute('https://app.box.com/**');
    out.push({ page: name, bytes: Buffer.byteLength(builtScript), ms: summarize(ms) });
  }
  return out;
}

/**
 * v8: a `v8.callFunction` event, with its thread time, for every callback the browser calls, nested ones too
 * (an event listener run inside the page's own pushState); devtools.timeline: the marks and the GCs.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'v8'];

export async function measureContent(builtScript?: string, runs = 15): Promise<ContentResults> {
  const scripts = { watcher: await bundle('content-page.ts'), driver: await bundle('box-driver.ts') };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--headless'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const virtual = await runPage(page, scripts, true);
    const full = await runPage(page, scripts, false);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    if (process.env['BENCH_CONTENT_TRACE']) writeFileSync(process.env['BENCH_CONTENT_TRACE'], JSON.stringify(trace));
    const costs = markedCalls(trace.traceEvents, BATCH_MARK);
    const scenarios = toScenarios([...virtual, ...full], costs);
    const startup = builtScript === undefined ? undefined : await measureStartup(page, builtScript, runs);
    return {
      startup,
      chromium: browser.version(),
      folderSize: FOLDER_SIZE,
      targetMs: CONTENT_TARGET_MS,
      virtualised: scenarios.slice(0, virtual.length),
      allRows: scenarios.slice(virtual.length),
    };
  } finally {
    await browser.close();
  }
}

