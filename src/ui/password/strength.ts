// A strength meter for signer passwords: an estimate of how many guesses a password takes, in bits.
// Hand-written rather than zxcvbn: zxcvbn-ts's English dictionaries alone are several hundred KB
// (docs/signer-guard.md has the figures), while the passwords here are typed or generated for one
// signer and read out over the phone. What it counts:
// - each character adds log2 of the alphabet in use (lower, upper, digits, symbols, other letters);
// - a character that repeats the previous one, or continues a run (abc, 321, qwerty rows) adds 1 bit;
// - a password that is, or starts with, one of the most common passwords counts as that word only.
import { STRENGTH_BITS, type Strength } from './strength-levels';

export { STRENGTH_BITS, type Strength } from './strength-levels';

// The head of the most common leaked passwords, lower-cased, as prefixes ("password1!" is "password").
const COMMON = [
  'password', 'passwort', 'motdepasse', 'qwerty', 'azerty', 'qwertz', 'letmein', 'welcome', 'iloveyou', 'admin',
  'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'master', 'shadow', 'superman', 'trustno1',
  'abc123', 'changeme', 'secret', 'hallo', 'bonjour', 'summer', 'winter', 'spring', 'autumn', 'login',
];
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'yxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', '1234567890'];

function alphabet(password: string): number {
  let size = 0;
  if (/[a-z]/.test(password)) size += 26;
  if (/[A-Z]/.test(password)) size += 26;
  if (/[0-9]/.test(password)) size += 10;
  if (/[ -/:-@[-`{-~]/.test(password)) size += 33;
  if (/[^\x20-\x7e]/.test(password)) size += 100;
  return size;
}

/** True when `b` follows `a` in the alphabet, in digits, or along a keyboard row (either way). */
function continuesRun(a: string, b: string): boolean {
  const step = b.charCodeAt(0) - a.charCodeAt(0);
  if (Math.abs(step) === 1 && /[a-z0-9]/i.test(a + b)) return true;
  const pair = (a + b).toLowerCase();
  const back = (b + a).toLowerCase();
  return ROWS.some((row) => row.includes(pair) || row.includes(back));
}

export function passwordStrength(password: string): Strength {
  const chars = [...password];
  if (chars.length === 0) return { bits: 0, level: 0 };
  const lower = password.toLowerCase();
  const common = COMMON.find((word) => lower.startsWith(word));
  const rest = common ? chars.slice(common.length) : chars;
  const perChar = Math.log2(Math.max(alphabet(rest.join('')), 2));
  let bits = common ? Math.log2(COMMON.length) : 0;
  rest.forEach((char, i) => {
    const prev = i > 0 ? rest[i - 1]! : null;
    bits += prev !== null && (prev === char || continuesRun(prev, char)) ? 1 : perChar;
  });
  const rounded = Math.round(bits);
  return { bits: rounded, level: STRENGTH_BITS.findLastIndex((min) => rounded >= min) as Strength['level'] };
}
