// Runs in the benchmark page's own (main) world, as Box's code does (bundled by scripts/bench/content.ts):
// changes the folder page the way Box does, one change batch per task. The watcher that is timed runs in
// an isolated world, as the content script does (content-page.ts); Node starts and stops it around each play.
import { FOLDER_SIZE, SCROLL_THROUGH, WINDOW_ROWS, fileId, fileName } from './box-folder-page';

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

interface Play {
  steps: number;
  change: (step: number, all: HTMLElement[]) => void;
  /** Only on the virtualised page (a recycled window of rows). */
  virtualisedOnly?: true;
}

/** The change batches timed, by scenario name, in the report's order. */
const PLAYS: Record<string, Play> = {
  [`scroll: ${WINDOW_ROWS} rows recycled`]: { steps: Math.ceil(FOLDER_SIZE / WINDOW_ROWS), change: (s, all) => recycle(all, (s + 1) * all.length), virtualisedOnly: true },
  'selection toggle': { steps: 200, change: (s, all) => toggleSelection(all[(s * 7) % all.length]!) },
  'URL change, query only (?sb=)': {
    steps: 200,
    change: (s) => {
      history.replaceState(null, '', `${location.pathname}?sb=/details/versions/${1000 + s}`);
      document.querySelector('.toast-text')!.textContent = `sidebar ${s}`;
    },
  },
  'URL change, other folder + new rows': {
    steps: 100,
    change: (s, all) => {
      history.pushState(null, '', `/folder/${2000 + s}`);
      recycle(all, (s * all.length) % FOLDER_SIZE);
    },
    virtualisedOnly: true,
  },
  'unrelated mutations (toast, 20 hovers)': { steps: 200, change: unrelated },
};

export function scenarios(virtualised: boolean): string[] {
  return Object.keys(PLAYS).filter((name) => virtualised || !PLAYS[name]!.virtualisedOnly);
}

/** Plays a scenario's change batches, a task each, so the watcher gets one batch per step. */
export async function play(name: string): Promise<void> {
  const all = rows();
  if (name === SCROLL_THROUGH) {
    for (let first = 0; first < FOLDER_SIZE; first += WINDOW_ROWS) {
      recycle(all, first);
      await tick();
    }
    return;
  }
  const { steps, change } = PLAYS[name]!;
  for (let step = 0; step < steps; step++) {
    change(step, all);
    await tick();
  }
}

declare global {
  interface Window {
    boxDriver: { scenarios: typeof scenarios; play: typeof play };
  }
}
window.boxDriver = { scenarios, play };
