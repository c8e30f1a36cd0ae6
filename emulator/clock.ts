/**
 * Emulator clock: real time plus an offset that tests move with `advance()`.
 * Following real time keeps a manually driven emulator (CLI, browser demo) alive:
 * sign requests leave `converting` on their own after a couple of seconds.
 */
export class Clock {
  private offset = 0;
  now(): number {
    return Date.now() + this.offset;
  }
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) needs a non-negative number');
    this.offset += ms;
  }
}

/** Box timestamps in sign requests look like "2026-04-14T14:19:22.013Z". */
export function isoMillis(ms: number): string {
  return new Date(ms).toISOString();
}

/** File/folder timestamps use seconds precision with an offset ("2012-12-12T10:53:43-08:00"). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
