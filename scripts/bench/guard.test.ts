import { describe, expect, it } from 'vitest';
import { GUARD_TARGET_MS, measureGuardKeystrokes } from './guard';

describe('the signer guard per keystroke', () => {
  it(`costs at most ${GUARD_TARGET_MS} ms (median) for a request of 10 signers against 221 trusted domains`, () => {
    measureGuardKeystrokes(10, 1); // warm-up: the phone metadata and the regular expressions compile once
    const result = measureGuardKeystrokes(10, 3);
    expect(result.keystrokes).toBe(3 * 68); // 43 characters of address, 25 of password, three times
    expect(result.ms.median).toBeLessThanOrEqual(GUARD_TARGET_MS);
  });
});
