// Generated signer passwords: strong, and easy to read out or type from a phone. Four pronounceable
// three-syllable words and two digits, like `Bakoti-venuma-Rosidu-pefala-47`: no 0/O or 1/l/I to
// confuse, no symbols that keyboards hide. 15 consonants × 5 vowels per syllable, 12 syllables,
// 2 digits, one capital's position: about 83 bits from crypto.getRandomValues.
const CONSONANTS = 'bdfghjkmnprstvz';
const VOWELS = 'aeiou';
const DIGITS = '23456789';

/** A uniform random integer below `n` (rejection sampling: no modulo bias). */
function below(n: number, random: (bytes: Uint32Array<ArrayBuffer>) => Uint32Array): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const [value] = random(new Uint32Array(1));
    if (value! < limit) return value! % n;
  }
}

export function generatePassword(random: (bytes: Uint32Array<ArrayBuffer>) => Uint32Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const pick = (from: string) => from[below(from.length, random)]!;
  const words = Array.from({ length: 4 }, () => Array.from({ length: 3 }, () => pick(CONSONANTS) + pick(VOWELS)).join(''));
  const capital = below(words.length, random);
  words[capital] = words[capital]!.charAt(0).toUpperCase() + words[capital]!.slice(1);
  return [...words, pick(DIGITS) + pick(DIGITS)].join('-');
}
