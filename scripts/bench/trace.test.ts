import { describe, expect, it } from 'vitest';
import { markedCalls, type TraceEvent } from './trace';

const PAGE = { pid: 1, tid: 1 };
const call = (ts: number, dur: number, tdur: number, thread = PAGE): TraceEvent => ({ name: 'v8.callFunction', ph: 'X', ts, dur, tdur, ...thread });
const mark = (ts: number, message = 'batch', thread = PAGE): TraceEvent => ({ name: 'TimeStamp', ph: 'I', ts, args: { data: { message } }, ...thread });
const gc = (ts: number, dur: number, thread = PAGE): TraceEvent => ({ name: 'MinorGC', ph: 'X', ts, dur, ...thread });

describe('markedCalls', () => {
  it("takes the thread time of the innermost call around each mark, in the marks' order", () => {
    const events = [
      mark(5_900),
      call(5_000, 1_000, 400), // a second batch, listed first: the order is the trace's time
      call(0, 3_000, 2_000), // the task's outer call
      call(100, 2_000, 1_500), // our callback, nested in it
      mark(2_000),
    ];
    expect(markedCalls(events, 'batch')).toEqual([
      { cpuMs: 1.5, wallMs: 2, gcMs: 0 },
      { cpuMs: 0.4, wallMs: 1, gcMs: 0 },
    ]);
  });

  it('skips calls that ended before the mark and calls on other threads', () => {
    const events = [call(0, 10_000, 9_000), call(100, 200, 150), call(300, 5_000, 100, { pid: 2, tid: 2 }), mark(1_000)];
    expect(markedCalls(events, 'batch')).toEqual([{ cpuMs: 9, wallMs: 10, gcMs: 0 }]);
  });

  it('ignores other marks and counts the garbage collections inside the call, on its thread only', () => {
    const events = [call(0, 5_000, 4_000), mark(4_000), mark(4_100, 'other'), gc(1_000, 800), gc(2_000, 300, { pid: 1, tid: 9 }), gc(4_500, 900)];
    expect(markedCalls(events, 'batch')).toEqual([{ cpuMs: 4, wallMs: 5, gcMs: 0.8 }]);
  });

  it('refuses a mark outside any call, or a trace without thread times', () => {
    expect(() => markedCalls([call(0, 100, 50), mark(500)], 'batch')).toThrow(/no call around the mark at 500/);
    expect(() => markedCalls([{ ...call(0, 100, 50), tdur: undefined }, mark(50)], 'batch')).toThrow(/thread duration/);
  });
});
