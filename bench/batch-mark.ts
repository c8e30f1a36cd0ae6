/**
 * Put in the trace by the benchmark page inside our callback, once per batch kept (bench/content-page.ts):
 * Node finds the callback's own trace event (the innermost `v8.callFunction` around the mark) and reads its
 * thread (CPU) time (scripts/bench/trace.ts). Apart so that Node can import it without the page's code.
 */
export const BATCH_MARK = 'contentBench:batch';
