import { describe, expect, it } from 'vitest';
import { decodeDomain, decodePunycode } from './punycode';

describe('decodePunycode', () => {
  // RFC 3492 §7.1 samples and well-known IDNs; the encoded forms are what `new URL` produces.
  it.each([
    ['mnchen-3ya', 'münchen'],
    ['exmple-4nf', 'exаmple'], // Cyrillic а
    ['80ak6aa92e', 'аррӏе'], // the all-Cyrillic "apple"
    ['e1afmkfd', 'пример'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['bcher-kva', 'bücher'],
    ['espaol-zwa', 'español'], // z, the last letter digit
  ])('%s → %s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
    expect(new URL(`http://${decoded}.com`).hostname).toBe(`xn--${encoded}.com`);
  });

  it.each(['99999999999', 'abc-!', 'é-abc'])('refuses malformed %j', (bad) => {
    expect(decodePunycode(bad)).toBeNull();
  });

  it('reads upper-case digits as lower-case ones, and keeps the case of the basic letters (RFC 3492 §5)', () => {
    expect(decodePunycode('MNCHEN-3YA')).toBe('MüNCHEN');
    expect(decodePunycode('espaol-ZWA')).toBe('español'); // Z, the last letter digit
  });

  it('decodes the last Unicode code point and refuses one beyond it', () => {
    expect(decodePunycode('dn32g')).toBe('\u{10ffff}');
    expect(decodePunycode('en32g')).toBeNull();
  });

  // Long labels whose deltas push the bias adaptation (RFC 3492 §6.1) to its limits: the mixed-script ones
  // reach exactly the 455 threshold and just above it, so a wrong constant there misplaces a character.
  it.each([
    ['3e0b73j92f06mw8bq76a', '한국어도메인'],
    ['fiq228copft6ooiflyv', '中文网站测试'],
    ['j1aol0766ectanyz6a', '五к伖х与с侰'],
    ['t1ach0757e5vard2n', '侠ш仲ф例х俎'],
  ])('adapts the bias like the encoder: %s → %s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
    expect(new URL(`http://${decoded}.com`).hostname).toBe(`xn--${encoded}.com`);
  });

  // Each is a valid label with one character changed to one just outside a digit range, or a rule of
  // RFC 3492 §6.2 broken: a leading "-" is a digit (not a delimiter), and basic code points are below 0x80.
  it.each([
    ['espaol-/wa', '"/" just below "0"'],
    ['mnchen-3{a', '"{" just after "z"'],
    ['mnchen-3[a', '"[" just after "Z"'],
    ['mnchen-3ya!a', 'a non-digit in a later delta'],
    ['-3ya', 'a leading "-"'],
    ['\u0080-', 'U+0080 before the delimiter'],
  ])('refuses %j (%s)', (bad) => {
    expect(decodePunycode(bad)).toBeNull();
  });

  // RFC 3492 §6.4: a delta may reach 2^31 − 1 but not pass it. A real code point needs i / (length + 1) small,
  // so both labels start with 3500 basic "a"s. The first inserts U+0158 and sets the bias to 52, from which
  // "1v998549a" adds up to exactly 2^31 − 1 (with the insertion point before it); "bb000000a" passes 2^31 − 1
  // on its eighth digit while its weight is still below it.
  it('accepts a delta of exactly 2^31 − 1 and refuses one beyond it (RFC 3492 §6.4)', () => {
    const basic = 'a'.repeat(3500);
    const decoded = basic.slice(0, 1215) + '\u{95cb8}' + basic.slice(1215, 3284) + '\u0158' + basic.slice(3284);
    expect(decodePunycode(`${basic}-9833d1v998549a`)).toBe(decoded);
    expect(decodePunycode(`${basic}-bb000000a`)).toBeNull();
  });

  // The weight check on its own: its third delta ("bbbbbbb" then "a") keeps the sum below 2^31 − 1 while the
  // weight passes it, which takes a bias above 250. That bias comes from the second delta (4294967216, past
  // 2^31 − 1 through its last digit, which only the code point check bounds today; see docs/testing.md).
  it('refuses a label whose digit weight passes 2^31 − 1 before its sum does (RFC 3492 §6.4)', () => {
    expect(decodePunycode(`${'a'.repeat(8000)}-fw5fi0082054mbbbbbbba`)).toBeNull();
  });

  it('decodes only xn-- labels of a domain', () => {
    expect(decodeDomain('mail.xn--exmple-4nf.com')).toBe('mail.exаmple.com');
    expect(decodeDomain('XN--MNCHEN-3YA.de')).toBe('münchen.de');
    expect(decodeDomain('example.com')).toBe('example.com');
    expect(decodeDomain('xn--!!.com')).toBe('xn--!!.com');
  });
});
