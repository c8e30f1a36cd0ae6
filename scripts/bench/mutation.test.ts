import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../mutation/score';
import { markdownMutation } from './mutation';

const group = (name: string, score: number | null): GroupResult => ({
  name,
  title: `Group ${name}`,
  score,
  killed: 9,
  timeout: 1,
  survived: 2,
  noCoverage: 0,
  commit: 'abc1234',
  date: '2026-12-04T00:30:00.000Z',
  durationSeconds: 240,
  files: {},
  survivors: [],
});

describe('the mutation section of bench/README.md', () => {
  it('one row per group, with its score against the target, commit, date and run time', () => {
    const text = markdownMutation({ target: 90, groups: [group('a', 94.7), group('b', 83.3), group('c', null)] });
    expect(text).toContain('### Mutation score');
    expect(text).toContain('| Group a | 94.7 % | 10 | 2 | 0 | yes | `abc1234`, 2026-12-04, 240 s |');
    expect(text).toContain('| Group b | 83.3 % | 10 | 2 | 0 | NO |');
    expect(text).toContain('| Group c | – |');
  });

  it('says when there is no run yet', () => {
    expect(markdownMutation(null)).toContain('Not measured yet: run `npm run mutation`.');
  });
});
