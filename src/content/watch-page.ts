// Follows a Box page as the user scrolls, selects and navigates, with ONE MutationObserver.
// Box navigates with the History API and recycles list rows (notes sections 2.1 and 3); a
// content script cannot see the page's pushState calls (another JS world), so the URL is
// compared on every mutation batch and on popstate/hashchange/Navigation API events.
import { listScope } from './box-page-urls';
import { isFileId } from '../shared/box-ids';
import type { PageFiles } from '../shared/messages';
import { rowsIn, rowsInRecords } from './collect-rows';
import { ItemMemory } from './item-memory';
import { pageFiles } from './page-files';
import { onCheckboxChange, onUrlEvents, type PageWindow } from './page-signals';
import { readItem } from './read-item';
import { ID_ATTRIBUTES, PREVIEW_FILE_ID, STATE_ATTRIBUTES } from './selectors';
import { readStreamData, type StreamData } from './stream-data';

export interface BatchInfo {
  /** Mutation records in the batch (0 for URL-only events). */
  records: number;
  /** Rows read and remembered. 0 means the batch cost almost nothing. */
  rows: number;
  urlChanged: boolean;
  /** Time spent in our callback; measured only when someone listens. */
  ms: number;
}

export interface WatchOptions {
  /** For tests and the benchmark: told about every batch handled. */
  onBatch?: (batch: BatchInfo) => void;
}

export interface PageWatcher {
  /** What the user means now: pending mutations are handled and present rows re-read first. */
  snapshot(): PageFiles;
  readonly memory: ItemMemory;
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...ID_ATTRIBUTES, ...STATE_ATTRIBUTES],
};

export function watchPage(win: PageWindow, signal: AbortSignal, options: WatchOptions = {}): PageWatcher {
  const doc = win.document;
  const page: Watched = {
    win,
    memory: new ItemMemory(),
    href: win.location.href,
    origin: win.location.origin,
    loadHref: documentUrl(win),
    onBatch: options.onBatch,
  };
  page.memory.setScope(listScope(page.href));
  rememberInSlices([...rowsIn(doc)], (rows) => remember(page, rows), signal, () => win.performance.now());
  const observer = new win.MutationObserver((records) => handle(page, records));
  observer.observe(doc, OBSERVED);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  onUrlEvents(win, signal, () => handle(page, []));
  onCheckboxChange(doc, signal, (row) => handle(page, [], row));
  return { memory: page.memory, snapshot: () => snapshot(page, observer) };
}

/** What the watcher keeps between batches. */
interface Watched {
  win: PageWindow;
  memory: ItemMemory;
  /** The URL the memory's scope was last set from. */
  href: string;
  /** The page's origin, for reading rows: read once, a document's origin never changes. */
  origin: string;
  /** The URL the document was loaded at: the bootstrap data describes that page only. */
  loadHref: string;
  /** The bootstrap data, read the first time a snapshot needs it. */
  streamData?: StreamData | null;
  onBatch: ((batch: BatchInfo) => void) | undefined;
}

function handle(page: Watched, records: readonly MutationRecord[], extra?: Element): void {
  const { onBatch, win } = page;
  const start = onBatch ? win.performance.now() : 0;
  const urlChanged = followUrl(page);
  const rows = new Set<Element>();
  rowsInRecords(records, rows);
  if (extra) rows.add(extra);
  const read = remember(page, rows);
  if (onBatch) onBatch({ records: records.length, rows: read, urlChanged, ms: win.performance.now() - start });
}

function snapshot(page: Watched, observer: MutationObserver): PageFiles {
  const doc = page.win.document;
  handle(page, observer.takeRecords());
  remember(page, rowsIn(doc));
  return pageFiles({
    href: page.href,
    loadHref: page.loadHref,
    memory: page.memory,
    streamData: () => (page.streamData ??= readStreamData(inlineScripts(doc))),
    previewFileId: () => previewFileId(doc),
  });
}

/**
 * Only the scope key is updated here: rows of the new list are read as they render. Reading
 * the rows present at this moment could record the previous folder's rows under the new one.
 */
function followUrl(page: Watched): boolean {
  const now = page.win.location.href;
  if (now === page.href) return false;
  page.href = now;
  page.memory.setScope(listScope(now));
  return true;
}

/** Returns how many rows were read (a row without an item ID, or gone from the page, is not). */
function remember(page: Watched, rows: Iterable<Element>): number {
  let read = 0;
  for (const row of rows) {
    const item = row.isConnected ? readItem(row, page.origin) : null;
    if (item === null) continue;
    page.memory.remember(item);
    read++;
  }
  return read;
}

/** Longest the initial scan may block the page before it yields (Chrome's long task is 50 ms). */
const SLICE_MS = 4;
const SLICE_ROWS = 50;

/**
 * Reads the rows present at start in slices, yielding between them, so a page that renders
 * thousands of rows (Box virtualises, but may not always) gets no long task from us. A row
 * read late is read as it is then: fine, the present row is the truth.
 */
function rememberInSlices(rows: Element[], remember: (rows: Iterable<Element>) => number, signal: AbortSignal, now: () => number): void {
  let next = 0;
  const slice = (): void => {
    if (signal.aborted) return;
    const start = now();
    do {
      remember(rows.slice(next, next + SLICE_ROWS));
      next += SLICE_ROWS;
    } while (next < rows.length && now() - start < SLICE_MS);
    if (next < rows.length) setTimeout(slice, 0);
  };
  slice();
}

/** The URL the document was loaded at, which the bootstrap data describes. */
function documentUrl(win: PageWindow): string {
  const entry = win.performance.getEntriesByType?.('navigation')[0];
  return entry?.name || win.location.href;
}

function* inlineScripts(doc: Document): Iterable<string> {
  for (const script of doc.querySelectorAll('script:not([src])')) yield script.textContent ?? '';
}

function previewFileId(doc: Document): string | null {
  const id = doc.querySelector(PREVIEW_FILE_ID)?.getAttribute('data-resin-fileid') ?? null;
  return isFileId(id) ? id : null;
}
