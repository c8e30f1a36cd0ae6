// Reads a Chromium trace (`browser.startTracing`, categories v8 and devtools.timeline) for the content bench: the
// thread (CPU) time of our callback per change batch, beside the wall-clock time the page measured. On a
// loaded 2-core machine the page's thread waits for a core in the middle of a batch; wall time counts that
// wait, the thread's CPU time does not. Pure.

/** The fields of a trace event read here (Chrome's JSON trace format; times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: CPU time of the thread during the event. */
  tdur?: number;
  args?: { data?: { message?: string } };
}

export interface CallCost {
  /** Thread (CPU) time of the call, ms. */
  cpuMs: number;
  /** Wall-clock time of the call as the trace saw it, ms. */
  wallMs: number;
  /** Wall time of garbage collections inside the call, ms (their main-thread part). */
  gcMs: number;
}

const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'MinorMS']);

const ends = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
const sameThread = (a: TraceEvent, b: TraceEvent): boolean => a.pid === b.pid && a.tid === b.tid;

/**
 * For each `console.timeStamp(mark)` in the trace, in order: the cost of the innermost `v8.callFunction` around
 * it on its thread, i.e. the callback the browser called (a MutationObserver's or an event listener's) that
 * placed the mark. (devtools.timeline's `FunctionCall` is only emitted for outermost calls: a listener run
 * inside the page's own `history.pushState` has none.) Throws when a mark has no call around it or the
 * trace has no thread times.
 */
export function markedCalls(events: readonly TraceEvent[], mark: string): CallCost[] {
  const calls = events.filter((e) => e.name === 'v8.callFunction' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const gcs = events.filter((e) => GC_EVENTS.has(e.name) && e.ph === 'X');
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark).sort((a, b) => a.ts - b.ts);
  return marks.map((m) => {
    const call = innermost(calls, m);
    if (!call) throw new Error(`trace: no call around the mark at ${m.ts} µs`);
    if (call.tdur === undefined) throw new Error('trace: call without a thread duration (tdur)');
    const gcUs = gcs.filter((g) => sameThread(g, call) && g.ts >= call.ts && ends(g) <= ends(call)).reduce((n, g) => n + (g.dur ?? 0), 0);
    return { cpuMs: call.tdur / 1000, wallMs: (call.dur ?? 0) / 1000, gcMs: gcUs / 1000 };
  });
}

/** The latest-starting call on the mark's thread that spans it (calls sorted by start). */
function innermost(calls: readonly TraceEvent[], m: TraceEvent): TraceEvent | undefined {
  let hi = calls.length;
  for (let lo = 0; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.ts <= m.ts) lo = mid + 1;
    else hi = mid;
  }
  for (let i = hi - 1; i >= 0; i--) {
    const call = calls[i]!;
    if (sameThread(call, m) && ends(call) >= m.ts) return call;
  }
  return undefined;
}
