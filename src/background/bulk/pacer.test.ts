import { describe, expect, it } from 'vitest';
import { BOX_CREATE_PACE, recentPosts, timeLeft, waitBeforePost, type PaceLimits } from './pacer';

const pace: PaceLimits = { limit: 3, windowMs: 1000, marginMs: 100 };

describe('waitBeforePost', () => {
  it.each<[string, number[], number, number, number]>([
    ['empty window', [], 5000, 0, 0],
    ['places left', [4900, 4950], 5000, 0, 0],
    ['full: the oldest must leave the window and margin', [4500, 4600, 4700], 5000, 0, 600],
    ['old posts do not count', [3000, 3500, 3800, 4950], 5000, 0, 0],
    ['Box said wait', [], 5000, 7000, 2000],
    ['the later of both', [4500, 4600, 4700], 5000, 5200, 600],
  ])('%s', (_name, posts, now, hold, expected) => {
    expect(waitBeforePost(posts, now, pace, hold)).toBe(expected);
  });

  it('never lets more than the limit into any window', () => {
    const posts: number[] = [];
    let now = 0;
    while (posts.length < 30) {
      now += waitBeforePost(posts, now, pace);
      posts.push(now);
      now += 7; // each create takes a little while
    }
    for (const at of posts) expect(posts.filter((p) => p >= at && p < at + pace.windowMs).length).toBeLessThanOrEqual(pace.limit);
    // …and runs at the limit: 30 creates in 9 windows after the first burst.
    expect(posts.at(-1)!).toBeLessThan(9 * (pace.windowMs + pace.marginMs) + 30 * 7 + 1);
  });
});

describe('timeLeft', () => {
  it.each<[string, number, number[], number, number]>([
    ['nothing left', 0, [], 0, 0],
    ['fits the free places', 2, [0], 0, 0],
    ['one more window', 4, [], 0, 1100],
    ['waits for the window to free', 1, [0, 10, 20], 500, 600],
  ])('%s', (_name, remaining, posts, now, expected) => {
    expect(timeLeft(remaining, posts, now, pace)).toBe(expected);
  });
});

it('recentPosts forgets what left the window', () => {
  expect(recentPosts([0, 950, 1050], 1200, pace)).toEqual([950, 1050]);
});

describe('the edges', () => {
  it('recentPosts keeps a post just inside the window and margin, and one at the far end of clock skew', () => {
    expect(recentPosts([100, 101, 2200, 2201], 1200, pace)).toEqual([101, 2200]);
  });

  it('reads the create times in any stored order', () => {
    expect(waitBeforePost([4700, 4500, 4600], 5000, pace)).toBe(600);
    expect(timeLeft(1, [20, 0, 10], 500, pace)).toBe(600);
  });

  it('counts from Box’s retry-after when it is later, and says 0 when nothing is left whatever Box said', () => {
    expect(timeLeft(1, [], 0, pace, 300)).toBe(300);
    expect(timeLeft(0, [], 0, pace, 500)).toBe(0);
  });

  it('paces at Box’s documented 100 creates a minute', () => {
    expect(BOX_CREATE_PACE).toEqual({ limit: 100, windowMs: 60_000, marginMs: 500 });
  });
});

