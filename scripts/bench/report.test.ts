import { describe, expect, it } from 'vitest';
import { sdkGate } from './report';

describe('sdkGate', () => {
  it('passes at 20× smaller minified or more, and reports the gzip ratio beside it', () => {
    expect(sdkGate({ jsBytes: 90_000, jsGzip: 30_000 }, { bytes: 1_800_000, gzip: 300_000 })).toEqual({ ratio: 20, gzipRatio: 10, required: 20, pass: true });
  });

  it('fails under 20×, whatever the gzip ratio', () => {
    const gate = sdkGate({ jsBytes: 162_000, jsGzip: 10_000 }, { bytes: 1_815_000, gzip: 259_000 });
    expect(gate.pass).toBe(false);
    expect(gate.ratio).toBeCloseTo(11.2, 1);
    expect(gate.gzipRatio).toBeCloseTo(25.9, 1);
  });

  it('fails when nothing was measured', () => {
    expect(sdkGate({ jsBytes: 0, jsGzip: 0 }, { bytes: 0, gzip: 0 }).pass).toBe(false);
  });
});
