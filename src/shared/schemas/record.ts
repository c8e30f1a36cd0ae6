// A record (an object of string keys to values), checked as `z.record(key, value)` checks one: a plain
// object whose every own enumerable key passes `key` and every value `value`; the result is a copy of
// the parsed entries, without `__proto__`. Not zod's own: its record type is ~2.4 kB of the service
// worker (minified) for the one record the worker receives (Bulk send's passwords per row).
import * as z from 'zod/mini';

const plainEntries = (input: unknown): Array<[PropertyKey, unknown]> | null => {
  if (!z.util.isPlainObject(input)) return null;
  return Reflect.ownKeys(input)
    .filter((key) => key !== '__proto__' && Object.prototype.propertyIsEnumerable.call(input, key))
    .map((key) => [key, (input as Record<PropertyKey, unknown>)[key]]);
};

export function recordOf<V extends z.ZodMiniType>(key: z.ZodMiniType<string>, value: V) {
  // A custom check and an overwrite (the parsed copy), not a pipe and a transform: two schema kinds
  // fewer in the worker. The overwrite runs even when the check failed (its issue does not abort), so
  // it keeps only entries that parse; the parse fails then anyway.
  return z.custom<Record<string, z.output<V>>>((input) => plainEntries(input)?.every(([k, v]) => key.safeParse(k).success && value.safeParse(v).success) ?? false).check(
    z.overwrite((input) => {
      const out: Record<string, z.output<V>> = {};
      for (const [k, v] of plainEntries(input) ?? []) {
        const parsedKey = key.safeParse(k);
        const parsedValue = value.safeParse(v);
        if (parsedKey.success && parsedValue.success) out[parsedKey.data] = parsedValue.data as z.output<V>;
      }
      return out;
    }),
  );
}
