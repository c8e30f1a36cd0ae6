// Box allows 100 sign-request creates per minute per user and answers more with 429 and
// `retry-after` [sign-requests.md, rate limits]. The queue keeps under that itself, so a batch runs
// at the limit without tripping it: at most `limit` creates in any window, plus a margin for the
// clock and network difference between here and Box. The times are stored, so a restarted worker
// keeps counting. Pure.

export type PaceLimits = { limit: number; windowMs: number; marginMs: number };

export const BOX_CREATE_PACE: PaceLimits = { limit: 100, windowMs: 60_000, marginMs: 500 };

/** The create times still inside the window at `now` (oldest first). */
export function recentPosts(posts: readonly number[], now: number, pace: PaceLimits): number[] {
  return posts.filter((at) => at > now - pace.windowMs - pace.marginMs && at <= now + pace.windowMs);
}

/** Milliseconds until another create may be posted; 0: now. `holdUntil`: Box's own retry-after. */
export function waitBeforePost(posts: readonly number[], now: number, pace: PaceLimits, holdUntil = 0): number {
  const hold = Math.max(0, holdUntil - now);
  const recent = recentPosts(posts, now, pace).sort((a, b) => a - b);
  if (recent.length < pace.limit) return hold;
  // The create that leaves the window first frees a place.
  const frees = recent[recent.length - pace.limit]! + pace.windowMs + pace.marginMs;
  return Math.max(hold, frees - now);
}

/** Time left for `remaining` creates at the limit, given what the window already holds (creates taken as instant). */
export function timeLeft(remaining: number, posts: readonly number[], now: number, pace: PaceLimits, holdUntil = 0): number {
  if (remaining <= 0) return 0;
  const times = recentPosts(posts, now, pace).sort((a, b) => a - b);
  const start = Math.max(now, holdUntil);
  let last = start;
  for (let k = 0; k < remaining; k++) {
    // The create `limit` places earlier must have left the window.
    const earlier = times[times.length - pace.limit];
    last = Math.max(start, earlier === undefined ? start : earlier + pace.windowMs + pace.marginMs);
    times.push(last);
  }
  return last - now;
}
