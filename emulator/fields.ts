/**
 * `fields` query semantics (Box guide api-calls/request-extra-fields): with `fields`, "no other fields are
 * returned except for those requested and the base set of fields. For a file, this base set is comprised of
 * the etag, id, and type values." Without `fields`, the standard representation is returned.
 */
export function selectFields(
  full: Record<string, unknown>,
  standard: readonly string[],
  base: readonly string[],
  fieldsParam: string | undefined,
): Record<string, unknown> {
  const wanted = fieldsParam === undefined
    ? standard
    : [...base, ...fieldsParam.split(',').map((f) => f.trim()).filter((f) => f !== '')];
  const out: Record<string, unknown> = {};
  for (const key of wanted) {
    if (key in full && !(key in out)) out[key] = full[key];
  }
  return out;
}
