import { describe, expect, it } from 'vitest';
import { generatePassword, generatePasswords, PASSWORD_ALPHABET } from './passwords';

describe('generatePassword', () => {
  it('is four groups of four readable characters', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}-[^-]{4}$/);
    for (const char of password.replace(/-/g, '')) expect(PASSWORD_ALPHABET).toContain(char);
    expect(PASSWORD_ALPHABET).not.toMatch(/[0O1lI5S2Z]/);
  });

  it('skips bytes that would bias the draw', () => {
    // 255 is above the last whole multiple of the alphabet's length: never used.
    let call = 0;
    const random = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 255 : 0);
    expect(generatePassword(random)).toBe('aaaa-aaaa-aaaa-aaaa');
    expect(call).toBe(2);
  });

  it('differs every time', () => {
    const all = Object.values(generatePasswords(Array.from({ length: 200 }, (_, i) => `r${i}`)));
    expect(new Set(all).size).toBe(200);
  });
});
