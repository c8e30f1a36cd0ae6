// A checker of the JSON-Schema subset Chrome validates extension policies with
// (components/policy/core/common/schema.cc), so tests see a policy value as Chrome does: a value a
// property's schema refuses is dropped before the extension reads storage.managed.
// Chrome's subset: `type` (one of boolean, integer, number, string, array, object), `enum`, `pattern`
// (RE2, matched anywhere in the string like RegExp.test), `minimum`/`maximum` (integers),
// `properties`, `patternProperties`, `additionalProperties`, `required`, `items`. RE2 refuses a
// repetition count above 1000, and Chrome then refuses the whole schema. Only *.test.ts files import this.

type Node = Record<string, unknown>;

const RE2_MAX_REPEAT = 1000;

/** The `{n}`, `{n,}`, `{n,m}` counts of a pattern above RE2's limit, which JavaScript would accept. */
export function re2RepeatTooLarge(pattern: string): boolean {
  return [...pattern.matchAll(/(?<!\\)\{(\d+)(?:,(\d*))?\}/g)].some((m) => Number(m[1]) > RE2_MAX_REPEAT || Number(m[2] || 0) > RE2_MAX_REPEAT);
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** True when Chrome would keep `value` under `schema`. */
export function chromePolicyAccepts(schema: Node, value: unknown): boolean {
  const type = schema['type'];
  const actual = typeOf(value);
  // An integer is also a number; nothing else converts.
  if (actual !== type && !(type === 'number' && actual === 'integer')) return false;
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) return false;
  if (typeof value === 'string' && typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) return false;
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) return false;
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) return false;
  }
  if (type === 'array') return (value as unknown[]).every((item) => chromePolicyAccepts(schema['items'] as Node, item));
  if (type === 'object') return objectAccepted(schema, value as Node);
  return true;
}

function objectAccepted(schema: Node, value: Node): boolean {
  const properties = (schema['properties'] ?? {}) as Record<string, Node>;
  if (Array.isArray(schema['required']) && !schema['required'].every((key) => Object.hasOwn(value, key))) return false;
  for (const [key, item] of Object.entries(value)) {
    const own = properties[key];
    if (own) {
      if (!chromePolicyAccepts(own, item)) return false;
      continue;
    }
    const patterned = Object.entries((schema['patternProperties'] ?? {}) as Record<string, Node>).filter(([p]) => new RegExp(p).test(key));
    if (patterned.length > 0) {
      if (!patterned.every(([, node]) => chromePolicyAccepts(node, item))) return false;
    } else if (schema['additionalProperties'] && !chromePolicyAccepts(schema['additionalProperties'] as Node, item)) return false;
  }
  return true;
}
