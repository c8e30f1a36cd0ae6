// Runs in the benchmark page (bundled by scripts/bench-content.ts). Drives the real watcher
// through the change batches Box produces and times our mutation callback per batch.
import { watchPage, type BatchInfo } from '../src/content/watch-page';
import { BATCH_MARK } from './batch-mark';
import { FOLDER_SIZE, WINDOW_ROWS, fileId, fileName } from './box-folder-page';

export interface Sample {
  scenario: string;
  /** Our callback's time per batch, ms. */
  ms: number[];
  /** Rows read per batch (mean). */
  rows: number;
}

const tick = () => new Promise<void>((done) => setTimeout(done, 0));

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.ReactVirtualized__Table__row')];
}

/** react-virtualized on scroll: every row element now shows another item (attributes + text). */
function recycle(all: HTMLElement[], firstIndex: number): void {
  all.forEach((row, slot) => {
    const index = (firstIndex + slot) % FOLDER_SIZE;
    row.setAttribute('data-item-index', String(index));
    row.setAttribute('data-resin-file_id', fileId(index));
    row.style.top = `${index * 50}px`;
    // Selection belongs to the item, not to the recycled element: the new item starts unselected.
    row.removeAttribute('aria-selected');
    row.classList.remove('is-selected');
    row.querySelector<HTMLInputElement>('input[name="select-checkbox"]')!.checked = false;
    const link = row.querySelector('a.item-link')!;
    link.setAttribute('href', `/file/${fileId(index)}`);
    link.firstChild!.nodeValue = fileName(index);
    row.querySelector('[data-testid="item-last-updated"]')!.firstChild!.nodeValue = `Mar ${(index % 28) + 1}, 2025`;
  });
}

/** A click on a row: Box's selection markup is unverified, so all candidate signals change. */
function toggleSelection(row: HTMLElement): void {
  const on = row.getAttribute('aria-selected') !== 'true';
  row.setAttribute('aria-selected', String(on));
  row.classList.toggle('is-selected', on);
  row.querySelector<HTMLInputElement>('input[name="select-checkbox"]')!.checked = on;
}

/** What happens all the time and must cost nothing: toasts, hover and focus classes. */
function unrelated(step: number): void {
  document.querySelector('.toast-text')!.textContent = `Uploaded ${step} files`;
  const links = document.querySelectorAll('.nav-item a');
  for (let i = 0; i < 20; i++) links[(step + i) % links.length]!.classList.toggle('is-hovered');
}

async function measure(scenario: string, steps: number, change: (step: number) => void): Promise<Sample> {
  const batches: BatchInfo[] = [];
  const controller = new AbortController();
  let recording = false;
  watchPage(window, controller.signal, {
    onBatch: (b) => {
      if (!recording) return;
      batches.push(b);
      console.timeStamp(BATCH_MARK);
    },
  });
  await tick();
  recording = true;
  for (let step = 0; step < steps; step++) {
    change(step);
    await tick();
  }
  controller.abort();
  return { scenario, ms: batches.map((b) => b.ms), rows: batches.reduce((n, b) => n + b.rows, 0) / Math.max(1, batches.length) };
}

/** The initial scan blocks only for its first slice; the rest runs in later tasks. */
async function initialScan(runs: number): Promise<Sample[]> {
  const blocking: number[] = [];
  const total: number[] = [];
  const present = rows().length;
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

async function snapshot(runs: number, scrollFirst: boolean): Promise<Sample> {
  const controller = new AbortController();
  const watcher = watchPage(window, controller.signal);
  if (scrollFirst) {
    for (let first = 0; first < FOLDER_SIZE; first += WINDOW_ROWS) {
      recycle(rows(), first);
      await tick();
    }
  }
  const ms: number[] = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    files = watcher.snapshot().files.length;
    ms.push(performance.now() - start);
  }
  controller.abort();
  return { scenario: `getPageFiles (${watcher.memory.size} remembered, ${files} sent)`, ms, rows: rows().length };
}

export async function run(virtualised: boolean): Promise<Sample[]> {
  const all = rows();
  const samples: Sample[] = await initialScan(30);
  if (virtualised) {
    samples.push(await measure(`scroll: ${all.length} rows recycled`, Math.ceil(FOLDER_SIZE / all.length), (s) => recycle(all, (s + 1) * all.length)));
  }
  samples.push(await measure('selection toggle', 200, (s) => toggleSelection(all[(s * 7) % all.length]!)));
  samples.push(
    await measure('URL change, query only (?sb=)', 200, (s) => {
      history.replaceState(null, '', `${location.pathname}?sb=/details/versions/${1000 + s}`);
      document.querySelector('.toast-text')!.textContent = `sidebar ${s}`;
    }),
  );
  if (virtualised) {
    samples.push(
      await measure('URL change, other folder + new rows', 100, (s) => {
        history.pushState(null, '', `/folder/${2000 + s}`);
        recycle(all, (s * all.length) % FOLDER_SIZE);
      }),
    );
  }
  samples.push(await measure('unrelated mutations (toast, 20 hovers)', 200, unrelated));
  samples.push(await snapshot(20, virtualised));
  return samples;
}

declare global {
  interface Window {
    contentBench: { run: typeof run };
  }
}
window.contentBench = { run };
