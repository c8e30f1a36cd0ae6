import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate';
import { passwordStrength } from './strength';

describe('passwordStrength', () => {
  it.each([
    ['', 0],
    ['abc', 0],
    ['password', 0],
    ['Password1!', 0], // a common password with the usual decorations
    ['qwertyuiop', 0], // a keyboard row
    ['aaaaaaaaaaaaaaaaaaaa', 0],
    ['12345678901234567890', 0],
    ['summer2024', 0],
    ['sunflower', 0],
    ['horse-battery', 1],
    ['Xk9#mQ2$', 1],
    ['Tr0ub4dor&3', 2],
    ['correct horse battery staple', 3],
    ['Kp7-mebo-Tiva-x9', 3],
  ])('%j is level %i', (password, level) => {
    expect(passwordStrength(password).level).toBe(level);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordStrength('😀').bits).toBeLessThan(passwordStrength('😀😀😀').bits);
  });

  it('grows with length', () => {
    expect(passwordStrength('x7Tq').bits).toBeLessThan(passwordStrength('x7Tq9mZ').bits);
  });
});

describe('generatePassword', () => {
  it('makes readable passwords the meter calls strong, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^(?:[A-Za-z]{6}-){4}[2-9]{2}$/);
      expect(password).not.toMatch(/[01OIl]/);
      expect(password).toMatch(/[A-Z]/);
      expect(passwordStrength(password).level).toBe(3);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('rejects random values that would bias the choice', () => {
    const values = [0xffffffff, 0, ...Array<number>(40).fill(1)];
    const random = (bytes: Uint32Array<ArrayBuffer>) => {
      bytes[0] = values.shift() ?? 1;
      return bytes;
    };
    // 0xffffffff is above the largest multiple of 15 and is skipped: the first consonant is "b" (0), then "e" (1).
    expect(generatePassword(random).toLowerCase().startsWith('be')).toBe(true);
  });
});
