// Look-alike signer domains: `examp1e.com` for `example.com`, `exаmple.com` with a Cyrillic "а".
// A domain is compared with the ones the person trusts (the organisation's `internalDomains`, the
// domains the user sent to before) on its *skeleton* (UTS #39: each character replaced by the Latin
// it looks like), then by edit distance. Pure, so the popup runs it per keystroke and the background
// runs it again when the organisation blocks look-alikes. The table of look-alike characters is
// data each context loads (confusables.ts) and passes in.
import type { Confusables } from './confusables';
import { decodeDomain } from './punycode';

export type DomainNote =
  /** `domain` (decoded) is not `like` but looks like it. */
  | { kind: 'lookalike'; domain: string; like: string }
  /** Punycode or non-Latin letters: shown decoded; `mixed` when one label mixes alphabets. */
  | { kind: 'foreign'; domain: string; mixed: boolean };

/** The domain of an email address, lowercased, Punycode decoded; null without one. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain = at < 0 ? '' : email.slice(at + 1).trim().replace(/\.$/, '');
  return domain.includes('.') ? decodeDomain(domain.normalize('NFKC')) : null;
}

/**
 * What a domain looks like: every character mapped to the ASCII it is confusable with. Unicode maps
 * "m" to "rn"; the result is folded back to "m" so that one look-alike costs one edit, not two.
 */
export function skeleton(domain: string, table: Confusables): string {
  let out = '';
  for (const char of decodeDomain(domain.normalize('NFKC'))) out += table.get(char) ?? char;
  return out.replaceAll('rn', 'm');
}

/** Optimal-string-alignment distance (a swap of neighbours counts one), or `limit + 1` once over it. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed before two domains stop looking alike, by the length of the name before the TLD: none for very short names, two for long ones. */
function allowedEdits(known: string): number {
  const name = known.slice(0, Math.max(0, known.lastIndexOf('.')));
  if (name.length >= 10) return 2;
  return name.length >= 5 ? 1 : 0;
}

type Prepared = { plain: string; shape: string; limit: number };

// Trusted domains are the same on every keystroke: each is decoded and mapped once (bounded cache,
// for one table: a context loads one).
const prepared = new Map<string, Prepared>();
let preparedWith: Confusables | null = null;
function prepare(domain: string, table: Confusables): Prepared {
  if (table !== preparedWith) prepared.clear();
  preparedWith = table;
  let entry = prepared.get(domain);
  if (!entry) {
    const plain = decodeDomain(domain);
    entry = { plain, shape: skeleton(plain, table), limit: allowedEdits(plain) };
    if (prepared.size >= 2000) prepared.clear();
    prepared.set(domain, entry);
  }
  return entry;
}

/** The trusted domain `domain` imitates, or null (also when it is one of them, or a subdomain of one). */
export function lookalikeOf(domain: string, trusted: readonly string[], table: Confusables): string | null {
  const plain = decodeDomain(domain);
  const known = trusted.map((d) => prepare(d, table));
  if (known.some((k) => plain === k.plain || plain.endsWith(`.${k.plain}`))) return null;
  const shape = skeleton(plain, table);
  for (const k of known) {
    if (shape === k.shape || editDistance(shape, k.shape, k.limit) <= k.limit) return k.plain;
  }
  return null;
}

const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  // Chinese, Japanese and Korean names mix these scripts by design.
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

/** True when a label's letters come from more than one script (`pаypal` with a Cyrillic "а"). */
export function mixesScripts(label: string): boolean {
  const seen = new Set<string>();
  for (const char of label) {
    // Digits, hyphens and marks shared by all scripts (the Japanese long-vowel mark ー) count for none.
    if (!/\p{L}/u.test(char) || /[\p{Script=Common}\p{Script=Inherited}]/u.test(char)) continue;
    seen.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
  }
  return seen.size > 1;
}

/** What to say about a signer's address: one function per row, for the popup and the Bulk send page. */
export function domainNotes(email: string, trusted: readonly string[], table: Confusables): DomainNote[] {
  const domain = emailDomain(email);
  if (domain === null) return [];
  const notes: DomainNote[] = [];
  if (/[^ -~]/.test(domain)) notes.push({ kind: 'foreign', domain, mixed: domain.split('.').some(mixesScripts) });
  const like = lookalikeOf(domain, trusted, table);
  if (like !== null) notes.push({ kind: 'lookalike', domain, like });
  return notes;
}
