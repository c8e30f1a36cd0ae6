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
import { itemRootOf, readItem } from './read-item';
import { ID_ATTRIBUTES, PREVIEW_FILE_ID, SELECT_CHECKBOX, STATE_ATTRIBUTES } from './selectors';
import { readStreamData, type StreamData } from './stream-data';

/** The parts of `window` used here, so tests can pass a happy-dom Window. */
export type PageWindow = Pick<
  Window & typeof globalThis,
  'document' | 'location' | 'addEventListener' | 'MutationObserver' | 'performance'
> & { navigation?: EventTarget };

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
  const memory = new ItemMemory();
  const loadHref = documentUrl(win);
  let href = win.location.href;
  let streamData: StreamData | null | undefined;
  memory.setScope(listScope(href));

  const remember = (rows: Iterable<Element>): number => {
    let read = 0;
    for (const row of rows) {
      const item = row.isConnected ? readItem(row) : null;
      if (item === null) continue;
      memory.remember(item);
      read++;
    }
    return read;
  };
  // Only the scope key is updated here: rows of the new list are read as they render. Reading
  // the rows present at this moment could record the previous folder's rows under the new one.
  const followUrl = (): boolean => {
    const now = win.location.href;
    if (now === href) return false;
    href = now;
    memory.setScope(listScope(now));
    return true;
  };
  const { onBatch } = options;
  const handle = (records: readonly MutationRecord[], extra?: Element): void => {
    const start = onBatch ? win.performance.now() : 0;
    const urlChanged = followUrl();
    const rows = new Set<Element>();
    rowsInRecords(records, rows);
    if (extra) rows.add(extra);
    const read = rows.size === 0 ? 0 : remember(rows);
    if (onBatch) onBatch({ records: records.length, rows: read, urlChanged, ms: win.performance.now() - start });
  };

  rememberInSlices([...rowsIn(doc, new Set())], remember, signal, () => win.performance.now());
  const observer = new win.MutationObserver((records) => handle(records));
  observer.observe(doc, OBSERVED);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  listen(win, signal, () => handle([]));
  // A checkbox's `checked` property changes without a mutation: its `change` event says so.
  doc.addEventListener(
    'change',
    (event) => {
      const target = event.target as Node | null;
      if (target?.nodeType !== 1) return;
      const row = (target as Element).matches(SELECT_CHECKBOX) ? itemRootOf(target as Element) : null;
      if (row) handle([], row);
    },
    { capture: true, passive: true, signal },
  );

  return {
    memory,
    snapshot() {
      handle(observer.takeRecords());
      remember(rowsIn(doc, new Set()));
      return pageFiles({
        href,
        loadHref,
        memory,
        streamData: () => (streamData ??= readStreamData(inlineScripts(doc))),
        previewFileId: () => previewFileId(doc),
      });
    },
  };
}

/** Longest the initial scan may block the page before it yields (Chrome's long task is 50 ms). */
export const SLICE_MS = 4;
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

/** URL changes that come without any mutation (back/forward, a query-only replaceState). */
function listen(win: PageWindow, signal: AbortSignal, onUrlMaybeChanged: () => void): void {
  const opts = { passive: true, signal };
  win.addEventListener('popstate', onUrlMaybeChanged, opts);
  win.addEventListener('hashchange', onUrlMaybeChanged, opts);
  // Chromium 102+ fires this for pushState/replaceState too; expected to reach the isolated world
  // because the listener is on a DOM object (notes section 3: believed, not verified).
  win.navigation?.addEventListener('currententrychange', onUrlMaybeChanged, opts);
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
