// Runs in an isolated world of the benchmark page, as the content script does (bundled and placed there
// by scripts/bench/content.ts): the real watcher, its callback timed per change batch while the page's own
// world changes the page as Box does (box-driver.ts). A world apart matters: the browser keeps the DOM
// objects an isolated world holds in a table of its own, which the page's main world does without.
import { watchPage, type BatchInfo, type PageWatcher } from '../src/content/watch-page';
import { BATCH_MARK } from './batch-mark';

export interface Sample {
  scenario: string;
  /** Our callback's time per batch, ms. */
  ms: number[];
  /** Rows read per batch (mean). */
  rows: number;
}

const tick = () => new Promise<void>((done) => setTimeout(done, 0));

function rowCount(): number {
  return document.querySelectorAll('.ReactVirtualized__Table__row').length;
}

let watching: { watcher: PageWatcher; controller: AbortController; batches: BatchInfo[] } | null = null;

/**
 * Starts the watcher. With `record`, the batches from its next task on are kept (and marked in the trace)
 * until `stop`; without, none are (a scroll before getPageFiles is timed).
 */
async function watch(record: boolean): Promise<void> {
  const batches: BatchInfo[] = [];
  const controller = new AbortController();
  let recording = false;
  const watcher = watchPage(window, controller.signal, {
    onBatch: (b) => {
      if (!recording) return;
      batches.push(b);
      console.timeStamp(BATCH_MARK);
    },
  });
  watching = { watcher, controller, batches };
  await tick();
  recording = record;
}

function stop(scenario: string): Sample {
  const { controller, batches } = watching!;
  controller.abort();
  watching = null;
  return { scenario, ms: batches.map((b) => b.ms), rows: batches.reduce((n, b) => n + b.rows, 0) / Math.max(1, batches.length) };
}

/** The initial scan blocks only for its first slice; the rest runs in later tasks. */
async function initialScan(runs: number): Promise<Sample[]> {
  const blocking: number[] = [];
  const total: number[] = [];
  const present = rowCount();
  for (let i = 0; i < runs; i++) {
    const controller = new AbortController();
    const start = performance.now();
    const watcher = watchPage(window, controller.signal);
    blocking.push(performance.now() - start);
    while (watcher.memory.size < present) await tick();
    total.push(performance.now() - start);
    controller.abort();
  }
  return [
    { scenario: 'initial scan: first (blocking) slice', ms: blocking, rows: present },
    { scenario: 'initial scan: until all rows read', ms: total, rows: present },
  ];
}

/** getPageFiles on what the running watcher remembered; stops it. */
function snapshot(runs: number): Sample {
  const { watcher } = watching!;
  const ms: number[] = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    files = watcher.snapshot().files.length;
    ms.push(performance.now() - start);
  }
  stop('');
  return { scenario: `getPageFiles (${watcher.memory.size} remembered, ${files} sent)`, ms, rows: rowCount() };
}

declare global {
  interface Window {
    contentBench: { watch: typeof watch; stop: typeof stop; initialScan: typeof initialScan; snapshot: typeof snapshot };
  }
}
window.contentBench = { watch, stop, initialScan, snapshot };
