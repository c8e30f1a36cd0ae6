// A small shape test for what comes from outside the extension's code (the page's JSON, a message's
// data), rather than zod: this runs in the content script, which every Box page loads, and zod alone
// would be most of its size.
const TYPES = {
  string: (value: unknown) => typeof value === 'string',
  id: (value: unknown) => typeof value === 'string' || typeof value === 'number',
  array: Array.isArray,
};
/** A field's type; `?`: it may be absent. */
type Field = keyof typeof TYPES | `${keyof typeof TYPES}?`;

/** `raw` if it is an object whose listed fields have the listed types, else null (as a zod object schema would). */
export function shaped<K extends string>(raw: unknown, spec: Record<K, Field>): Record<K, any> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  for (const [key, field] of Object.entries<Field>(spec)) {
    const value = (raw as Record<string, unknown>)[key];
    const type = field.replace('?', '') as keyof typeof TYPES;
    if (value === undefined ? field === type : !TYPES[type](value)) return null;
  }
  return raw as Record<K, any>;
}
