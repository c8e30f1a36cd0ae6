// The catalogues are complete and consistent: every locale has exactly English's keys with the same
// placeholders, every key the code or the manifest uses exists, no key is left unused, and every
// `t('key', …)` in the code passes as many substitutions as the message takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arity, formatMessage, referencedPlaceholders, type Catalogue } from '../../test/i18n-catalogue';
import { messagesLanguage, t } from './i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');
const read = (path: string) => readFileSync(path, 'utf8');
const catalogue = (locale: string): Catalogue => JSON.parse(read(join(LOCALES_DIR, locale, 'messages.json')));

const LOCALES = readdirSync(LOCALES_DIR).filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory()).sort();
const en = catalogue('en');
const KEYS = Object.keys(en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.test-helpers\.ts$/.test(entry.name) ? [path] : [];
  });
}
const SOURCES = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: read(path) }));
const MANIFEST = read(join(ROOT, 'manifest.json'));

/** Every `t('key', …)` / `tNodes('key', …)` call with a literal key, and how many arguments follow the key. */
function literalCalls(text: string): { key: string; substitutions: number }[] {
  const calls: { key: string; substitutions: number }[] = [];
  for (const match of text.matchAll(/\b(?:t|tNodes)\(\s*'([A-Za-z0-9_]+)'/g)) {
    let depth = 0;
    let commas = 0;
    let quote: string | null = null;
    for (let i = match.index + match[0].length; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{<'.includes(c) && !(c === '<' && !/[A-Za-z]/.test(text[i + 1] ?? ''))) depth++;
      else if (')]}'.includes(c) || (c === '>' && depth > 0 && text[i - 1] !== '=')) {
        if (depth === 0 && c === ')') break;
        depth--;
      } else if (c === ',' && depth === 0) commas++;
    }
    calls.push({ key: match[1]!, substitutions: commas });
  }
  return calls;
}

describe('the catalogues', () => {
  it('are English, German and French, each in its own directory, with English the default', () => {
    expect(LOCALES).toEqual(['de', 'en', 'fr']);
    expect(JSON.parse(MANIFEST).default_locale).toBe('en');
    for (const locale of LOCALES) expect(catalogue(locale)['localeCode']?.message).toBe(locale);
  });

  it('have valid, case-insensitively unique keys (the browser ignores case)', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogue(locale));
      for (const key of keys) expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(keys.map((k) => k.toLowerCase())).size, locale).toBe(keys.length);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key and no other', (locale) => {
    const keys = Object.keys(catalogue(locale));
    expect(KEYS.filter((key) => !keys.includes(key)), `missing in ${locale}`).toEqual([]);
    expect(keys.filter((key) => !KEYS.includes(key)), `in ${locale} but not in English`).toEqual([]);
  });

  it.each(LOCALES)('%s: every message is non-empty, uses exactly its placeholders, and they match English', (locale) => {
    const messages = catalogue(locale);
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
      expect([...new Set(referencedPlaceholders(entry.message))].sort(), `${locale}.${key}: placeholders used vs declared`).toEqual(declared);
      const contents = (e: Catalogue[string] | undefined) =>
        Object.fromEntries(Object.entries(e?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      expect(contents(entry), `${locale}.${key}: placeholders differ from English`).toEqual(contents(en[key]));
      // $1…$n with none skipped, so the number of substitutions is the highest one.
      const numbers = Object.values(contents(entry)).flatMap((c) => [...c.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));
      expect(new Set(numbers), `${locale}.${key}`).toEqual(new Set(Array.from({ length: arity(entry) }, (_, i) => i + 1)));
    }
  });

  it.each(LOCALES)('%s: every message formats with sample substitutions, leaving no $ behind', (locale) => {
    const messages = catalogue(locale);
    for (const [key, entry] of Object.entries(messages)) {
      const text = formatMessage(messages, key, Array.from({ length: arity(entry) }, (_, i) => `«${i + 1}»`));
      expect(text, `${locale}.${key}`).not.toMatch(/\$/);
      for (let i = 1; i <= arity(entry); i++) expect(text, `${locale}.${key} shows substitution ${i}`).toContain(`«${i}»`);
    }
  });

  it.each(LOCALES)('%s: the manifest texts fit the stores’ limits', (locale) => {
    const messages = catalogue(locale);
    expect(messages['extName']!.message.length).toBeLessThanOrEqual(75);
    expect(messages['extShortName']!.message.length).toBeLessThanOrEqual(12);
    expect(messages['extDescription']!.message.length).toBeLessThanOrEqual(132);
  });

  it('German and French are translations, not copies of the English', () => {
    // Product names, numbers and a few words are the same in every language; everything else differs.
    const same = (locale: string) => {
      const other = catalogue(locale); // read once, not once per key (seconds under load)
      return KEYS.filter((key) => other[key]!.message === en[key]!.message);
    };
    for (const locale of ['de', 'fr']) expect(same(locale).length, `${locale}: ${same(locale).join(', ')}`).toBeLessThan(10);
  });
});

describe('the code and the catalogues', () => {
  it('every __MSG_…__ in the manifest is in the catalogue', () => {
    const used = [...MANIFEST.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extShortName', 'extDescription', 'actionTitle', 'commandOpen']));
    for (const key of used) expect(KEYS, key).toContain(key);
  });

  it('every key the code names is in the catalogue, with as many substitutions as its message takes', () => {
    const calls = SOURCES.flatMap((file) => literalCalls(file.text).map((call) => ({ ...call, path: file.path })));
    expect(calls.length).toBeGreaterThan(300);
    for (const call of calls) {
      expect(KEYS, `${call.path}: t('${call.key}')`).toContain(call.key);
      expect(call.substitutions, `${call.path}: t('${call.key}', …)`).toBe(arity(en[call.key]!));
    }
  });

  it('no key is unused (keys in tables, like status words, are named in quotes)', () => {
    const everything = SOURCES.map((file) => file.text).join('\n') + MANIFEST;
    const unused = KEYS.filter((key) => !everything.includes(`'${key}'`) && !everything.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('t()', () => {
  it('reads the message from the browser, filling in substitutions (English in unit tests)', () => {
    expect(t('addSigner')).toBe('Add signer');
    expect(t('filesTicked', 2, 5)).toBe('2 of 5 ticked');
    expect(t('optionDaysHintTemplate', 730, 30)).toBe("0 to 730. Empty: it never expires (the template's: 30).");
    expect(messagesLanguage()).toBe('en');
  });

  it('shows the key, not an empty string, without an i18n API (a bundle outside the extension)', () => {
    const scope = globalThis as { chrome?: unknown };
    const saved = scope.chrome;
    scope.chrome = undefined;
    try {
      expect(t('addSigner')).toBe('addSigner');
      expect(messagesLanguage()).toBe('en');
    } finally {
      scope.chrome = saved;
    }
  });

  it('German and French read naturally with their substitutions', () => {
    const de = catalogue('de');
    const fr = catalogue('fr');
    expect(formatMessage(de, 'filesTicked', ['2', '5'])).toBe('2 von 5 angekreuzt');
    expect(formatMessage(de, 'resendTerminal', [formatMessage(de, 'endSigned')])).toBe(
      'Diese Anfrage ist bereits unterschrieben und kann daher nicht erneut gesendet werden.',
    );
    expect(formatMessage(fr, 'cancelTerminal', [formatMessage(fr, 'endDeclined')])).toBe(
      'Cette demande est refusée par le signataire\u00a0: elle ne peut donc pas être annulée.',
    );
  });
});
