// Generated passwords: strong and readable aloud or from paper. 16 characters from an alphabet
// without look-alikes (0/O, 1/l/I, 5/S, 2/Z…), in four groups: log2(50^16) ≈ 90 bits. Drawn with the
// browser's cryptographic random source, without modulo bias. Shown once; never stored by the extension.

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

type Random = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;
const cryptoRandom: Random = (bytes) => crypto.getRandomValues(bytes);

/** One password like `Kq7m-Zr3x-bT9p-4hWc`. */
export function generatePassword(random: Random = cryptoRandom): string {
  const limit = 256 - (256 % ALPHABET.length); // bytes at or above it would favour the first letters
  const chars: string[] = [];
  while (chars.length < GROUPS * GROUP_LENGTH) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && chars.length < GROUPS * GROUP_LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** A password for each key that has none of its own. */
export function generatePasswords(keys: readonly string[], random?: Random): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, generatePassword(random)]));
}

export const PASSWORD_ALPHABET = ALPHABET;
