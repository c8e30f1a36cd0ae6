import { describe, expect, it } from 'vitest';
import { clockOffset, kB, median, quantile, summarize, textTable } from './stats';

describe('stats', () => {
  it('median of odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('nearest-rank quantiles', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.95)).toBe(19);
    expect(quantile(sorted, 1)).toBe(20);
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarizes', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, min: 1, max: 3 });
  });

  it('estimates a clock offset from the probe with the shortest round trip', () => {
    // Remote clock is 1000 ahead. The slow probe (asymmetric delay) would say 1004.
    const probes = [
      { sent: 0, remote: 1010, received: 12 },
      { sent: 100, remote: 1101, received: 102 },
    ];
    expect(clockOffset(probes)).toEqual({ offset: 1000, error: 1 });
    expect(() => clockOffset([])).toThrow();
  });

  it('formats tables and sizes', () => {
    expect(textTable(['a', 'bb'], [['xyz', '1']])).toBe('a   | bb\n----|---\nxyz |  1');
    expect(kB(162_400)).toBe('162.4 kB');
  });
});
