// What tells the watcher the page may have changed when no mutation does: URL changes that come
// without one, and checkboxes, whose `checked` property changes without touching the DOM.
import { itemRootOf } from './read-item';
import { SELECT_CHECKBOX } from './selectors';

/** The parts of `window` the watcher uses, so tests can pass a happy-dom Window. */
export type PageWindow = Pick<
  Window & typeof globalThis,
  'document' | 'location' | 'addEventListener' | 'MutationObserver' | 'performance'
> & { navigation?: EventTarget };

/** Back/forward, a query-only replaceState. */
export function onUrlEvents(win: PageWindow, signal: AbortSignal, onUrlMaybeChanged: () => void): void {
  const opts = { passive: true, signal };
  win.addEventListener('popstate', onUrlMaybeChanged, opts);
  win.addEventListener('hashchange', onUrlMaybeChanged, opts);
  // Chromium 102+ fires this for pushState/replaceState too; expected to reach the isolated world
  // because the listener is on a DOM object (notes section 3: believed, not verified).
  win.navigation?.addEventListener('currententrychange', onUrlMaybeChanged, opts);
}

/** Tells `onRow` the row whose selection checkbox changed. */
export function onCheckboxChange(doc: Document, signal: AbortSignal, onRow: (row: Element) => void): void {
  doc.addEventListener(
    'change',
    (event) => {
      const target = event.target as Node | null;
      if (target?.nodeType !== 1) return;
      const row = (target as Element).matches(SELECT_CHECKBOX) ? itemRootOf(target as Element) : null;
      if (row) onRow(row);
    },
    { capture: true, passive: true, signal },
  );
}
