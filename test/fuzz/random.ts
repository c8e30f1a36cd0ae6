// A small seeded generator of hostile JSON-ish values, so fuzz runs are repeatable.
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough to spread test inputs. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const STRINGS = ['', ' ', 'a', '0', '1000000001', '-1', '1e400', 'NaN', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', '+14155552671', '+15551232190', 'signer@example.org', 'x'.repeat(5000), '\u0000', '\ud800', 'https://app.box.com/s/abc', 'javascript:alert(1)', 'converting', 'sent', 'weird_new_status'];
const NUMBERS = [0, -0, 1, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, NaN];

export function randomValue(rng: Rng, depth = 0, keys: readonly string[] = []): unknown {
  const roll = rng();
  if (depth > 4 || roll < 0.15) return pick(rng, [null, undefined, true, false]);
  if (roll < 0.35) return pick(rng, STRINGS);
  if (roll < 0.5) return pick(rng, NUMBERS);
  if (roll < 0.7) return Array.from({ length: Math.floor(rng() * 4) }, () => randomValue(rng, depth + 1, keys));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rng() * 5); i > 0; i--) out[pick(rng, [...keys, ...STRINGS.slice(0, 10)])] = randomValue(rng, depth + 1, keys);
  return out;
}

/** A valid value with one random part replaced: the inputs most likely to slip past a check. */
export function mutate(rng: Rng, value: unknown, keys: readonly string[] = []): unknown {
  if (value === null || typeof value !== 'object') return rng() < 0.5 ? randomValue(rng, 2, keys) : value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const entries = Object.keys(copy);
  if (entries.length === 0 || rng() < 0.2) {
    (copy as Record<string, unknown>)[pick(rng, [...keys, '__proto__', 'extra'])] = randomValue(rng, 2, keys);
    return copy;
  }
  const key = pick(rng, entries);
  const target = copy as Record<string, unknown>;
  if (rng() < 0.15) delete target[key];
  else target[key] = mutate(rng, target[key], keys);
  return copy;
}
