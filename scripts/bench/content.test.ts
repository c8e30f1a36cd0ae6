import { describe, expect, it, vi } from 'vitest';
import { contentRow, toScenarios } from './content';
import type { CallCost } from './trace';

const sample = (scenario: string, ms: number[]) => ({ scenario, ms, rows: 60 });
const cost = (cpuMs: number, gcMs = 0): CallCost => ({ cpuMs, wallMs: cpuMs, gcMs });

describe('toScenarios', () => {
  const samples = [sample('initial scan: first slice', [9]), sample('scroll', [5, 6, 7]), sample('getPageFiles', [3]), sample('select', [0.1, 0.2])];

  it('deals the traced costs out to the change batches in order and judges the target on CPU p95', () => {
    const [initial, scroll, snapshot, select] = toScenarios(samples, [cost(1), cost(1.5, 0.4), cost(2.5, 1), cost(0.05), cost(0.06)]);
    expect(initial!.cpuMs).toBeNull();
    expect(snapshot!.underTarget).toBeNull();
    expect(scroll!.cpuMs).toMatchObject({ n: 3, median: 1.5, p95: 2.5 });
    expect(scroll!.gc).toEqual({ batches: 2, ms: 1.4 });
    expect(scroll!.ms.p95).toBe(7); // the wall-clock figure is kept beside it
    expect(scroll!.underTarget).toBe(false);
    expect(select!.cpuMs).toMatchObject({ n: 2, median: 0.055 });
    expect(select!.underTarget).toBe(true);
  });

  it('leaves the CPU figures out, and judges on wall time, when the marks do not add up', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const scenarios = toScenarios(samples, [cost(1)]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('1 traced batches for 5 measured'));
    expect(scenarios.every((s) => s.cpuMs === null && s.gc === null)).toBe(true);
    expect(scenarios[1]!.underTarget).toBe(false);
    expect(scenarios[3]!.underTarget).toBe(true);
    expect(contentRow(scenarios[3]!)).toEqual(['select', '2', '60.0', '–', '–', '0.150', '0.200', '0.200', '–', 'yes (wall)']);
    warn.mockRestore();
  });
});
