import { describe, expect, it } from 'vitest';
import { counts, groupResult, mergeResult, type StrykerReport } from './score';

const at = (line: number) => ({ start: { line, column: 3 } });
const report: StrykerReport = {
  files: {
    'src/b.ts': { mutants: [{ status: 'Killed', mutatorName: 'X', location: at(1) }, { status: 'NoCoverage', mutatorName: 'BlockStatement', replacement: '{}', location: at(9) }] },
    'src/a.ts': {
      mutants: [
        { status: 'Killed', mutatorName: 'X', location: at(1) },
        { status: 'Timeout', mutatorName: 'X', location: at(2) },
        { status: 'Survived', mutatorName: 'EqualityOperator', replacement: 'a >=\n   b', location: at(4) },
        { status: 'CompileError', mutatorName: 'X', location: at(5) },
        { status: 'Ignored', mutatorName: 'X', location: at(6) },
      ],
    },
  },
};

describe('mutation scores', () => {
  it('count killed and timed-out mutants as detected, over valid ones only (no compile errors, no ignored)', () => {
    expect(counts(['Killed', 'Timeout', 'Survived', 'CompileError', 'Ignored', 'RuntimeError'])).toEqual({ killed: 1, timeout: 1, survived: 1, noCoverage: 0, score: 66.7 });
    expect(counts([]).score).toBeNull();
  });

  it('per file and per group, with where each survivor is', () => {
    const result = groupResult(report, { name: 'g', title: 'G' }, { commit: 'abc1234', date: '2026-12-04T00:00:00.000Z', durationSeconds: 5 });
    expect(result).toMatchObject({ name: 'g', killed: 2, timeout: 1, survived: 1, noCoverage: 1, score: 60, commit: 'abc1234' });
    expect(Object.keys(result.files)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(result.files['src/a.ts']!.score).toBe(66.7);
    expect(result.survivors).toEqual(['src/a.ts:4:3 EqualityOperator: a >= b', 'src/b.ts:9:3 BlockStatement (no coverage): {}']);
  });

  it('replaces a group\'s previous run and keeps the groups in order', () => {
    const run = { commit: null, date: 'd', durationSeconds: 1 };
    const a1 = groupResult(report, { name: 'a', title: 'A' }, run);
    const b = groupResult({ files: {} }, { name: 'b', title: 'B' }, run);
    const a2 = { ...a1, date: 'd2' };
    const merged = mergeResult(mergeResult(mergeResult(null, b, ['a', 'b']), a1, ['a', 'b']), a2, ['a', 'b']);
    expect(merged.target).toBe(90);
    expect(merged.groups.map((g) => [g.name, g.date])).toEqual([['a', 'd2'], ['b', 'd']]);
  });
});
