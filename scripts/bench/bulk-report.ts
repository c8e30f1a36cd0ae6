// The Bulk send lines of the bench report and of bench/README.md (scenario: bulk.ts).
import type { BulkBench } from './bulk';

function summary(b: BulkBench): string[] {
  const floorMinutes = b.rows / b.limitPerMinute;
  return [
    `${b.rows} rows end to end against the emulator at Box's real create limit (${b.limitPerMinute} per minute per user, 60 s sliding window, not scaled): ` +
      `${b.seconds} s, ${b.rowsPerMinute} rows per minute; ${b.requestsMade} requests made from ${b.createPosts} creates posted, ${b.duplicates} duplicates.`,
    `Against the ${b.limitPerMinute}/min floor (${floorMinutes} min): ${b.floorRatio}× (≤ 1.05 required). A sliding window lets the first ${b.limitPerMinute} go at once, ` +
      `so the least possible is ${b.slidingWindowSeconds} s; the queue keeps a 0.5 s margin per window for the clock difference with Box.`,
    `Service worker with ${b.queued.rows.toLocaleString('en-US')} rows queued (held by a 429): JS heap ${b.queued.heapBeforeMiB} → ${b.queued.heapAfterMiB} MiB after GC ` +
      `(+${b.queued.heapDeltaMiB} MiB); the queue's record in storage.local ${b.queued.storedMiB} MiB.`,
  ];
}

export function bulkReport(b: BulkBench | undefined): string[] {
  return b ? ['', 'Bulk send', ...summary(b)] : [];
}

export function bulkMarkdown(b: BulkBench | undefined): string[] {
  return b ? ['### Bulk send', '', ...summary(b).map((line) => `- ${line}`), ''] : [];
}
