// What `chrome.i18n.getMessage` does with a `messages.json`, for unit tests: the message with each
// `$NAME$` replaced by its placeholder's content, `$1`…`$9` in that content by the substitutions,
// and `$$` by `$`. Placeholder names are case-insensitive, as in the browser. Stricter than the
// browser on purpose: a wrong number of substitutions throws, so a call site that passes too few
// or too many fails its test instead of showing a message with a hole in it.

export type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
export type Catalogue = Record<string, Entry>;

/** The `$n` a message needs: the highest one its placeholders use (0 without placeholders). */
export function arity(entry: Entry): number {
  const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
  return Math.max(0, ...contents.flatMap((c) => [...c.matchAll(/\$([1-9])/g)].map((m) => Number(m[1]))));
}

/** Placeholder names a message refers to (`$NAME$`), lower-cased. */
export function referencedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
}

export function formatMessage(catalogue: Catalogue, key: string, substitutions: readonly string[] = []): string {
  const entry = Object.entries(catalogue).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return ''; // the browser's answer for an unknown key
  if (substitutions.length !== arity(entry)) {
    throw new Error(`i18n: "${key}" takes ${arity(entry)} substitution(s), got ${substitutions.length}`);
  }
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (content: string) => content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}
