// Latin look-alikes from Unicode's confusables data (UTS #39 confusables.txt, version 14.0.0): every
// entry whose prototype is made of ASCII letters or digits and whose source can survive IDNA mapping
// in a domain (a lowercase letter or a digit, unchanged by NFKC). One group per prototype, in
// public/guard/confusables.json: `"prototype": "characters that look like it"`.
// A data file of the package rather than code: the service worker loads everything it bundles at
// start (it cannot import() later), and this table is Unicode that compresses poorly, which the worker
// needs only when the organisation sets `blockLookalikeDomains`. Each context fetches it on first use
// (platform/packaged.ts) and passes it to the pure look-alike check (lookalike.ts).
import { loadOnce } from '../load-once';

export const CONFUSABLES_FILE = 'guard/confusables.json';

/** Character → the ASCII it looks like ("1" → "l", Cyrillic "о" → "o", "m" → "rn"). */
export type Confusables = ReadonlyMap<string, string>;

const PROTOTYPE = /^[a-z0-9]+$/;

/** The table from the file's groups; throws when they are not groups of that form. */
export function confusablesFrom(groups: unknown): Confusables {
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) throw new TypeError('Look-alike table: not an object');
  const table = new Map<string, string>();
  for (const [prototype, chars] of Object.entries(groups)) {
    if (!PROTOTYPE.test(prototype) || typeof chars !== 'string' || chars === '') throw new TypeError(`Look-alike table: bad group ${prototype}`);
    for (const char of chars) table.set(char, prototype);
  }
  if (table.size === 0) throw new TypeError('Look-alike table: empty');
  return table;
}

/** `read` fetches the file's JSON; it is asked once, again only after a failure. */
export function confusablesLoader(read: () => Promise<unknown>): () => Promise<Confusables> {
  return loadOnce(async () => confusablesFrom(await read()));
}
