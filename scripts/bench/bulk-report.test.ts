import { describe, expect, it } from 'vitest';
import type { BulkBench } from './bulk';
import { bulkMarkdown, bulkReport } from './bulk-report';

const bench: BulkBench = {
  rows: 500, seconds: 243.1, rowsPerMinute: 123.4, limitPerMinute: 100, floorRatio: 0.81, slidingWindowSeconds: 240,
  createPosts: 500, requestsMade: 500, duplicates: 0,
  queued: { rows: 5000, heapBeforeMiB: 1.6, heapAfterMiB: 4.2, heapDeltaMiB: 2.6, storedMiB: 1.5 },
};

describe('bulk report', () => {
  it('says nothing for results written before Bulk send', () => {
    expect(bulkReport(undefined)).toEqual([]);
    expect(bulkMarkdown(undefined)).toEqual([]);
  });

  it('gives the rate against the floor, duplicates and memory', () => {
    const text = bulkReport(bench).join('\n');
    expect(text).toContain('243.1 s, 123.4 rows per minute');
    expect(text).toContain('0 duplicates');
    expect(text).toContain('0.81× (≤ 1.05 required)');
    expect(text).toContain('5,000 rows queued');
    expect(bulkMarkdown(bench)[0]).toBe('### Bulk send');
  });
});
