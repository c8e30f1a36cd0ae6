// Every word the user reads comes from `public/_locales/<locale>/messages.json` (copied to the build
// root by Vite), through `t()`. The browser picks the locale (the UI language, else English, the
// manifest's `default_locale`) and fills in the placeholders.
//
// `chrome.i18n.getMessage` is synchronous and works in extension pages, the service worker, the
// Firefox background page and content scripts alike, so this module reads the global directly
// (no webextension-polyfill: that stays in src/platform) and strings may be built at module load.
// Unit tests install an English `chrome.i18n` read from the same JSON (test/setup-unit.ts).
// Outside an extension (a bundle on a plain page) there is no catalogue: the key is returned.

/** The English catalogue's type: its keys are the only names `t()` accepts. Type-only, not bundled. */
type Catalog = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Catalog;

/** Keys whose message has placeholders take at least one substitution; the others take none. */
type Substitutions<K extends MessageKey> = Catalog[K] extends { placeholders: object } ? [Substitution, ...Substitution[]] : [];
type Substitution = string | number;

/** Keys whose message takes no substitution: for tables of keys (status → words, error code → words). */
export type PlainKey = { [K in MessageKey]: Catalog[K] extends { placeholders: object } ? never : K }[MessageKey];

type I18nApi = {
  getMessage(name: string, substitutions?: string | string[]): string | undefined;
  getUILanguage?(): string;
};

function api(): I18nApi | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.chrome?.i18n ?? scope.browser?.i18n;
}

/** The message `key` in the user's language, with `$1`… filled from `substitutions` (at most 9). */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const subs = (substitutions as Substitution[]).map(String);
  const text = api()?.getMessage(key, subs.length > 0 ? subs : undefined);
  return text || key;
}

/**
 * The language the messages are actually in ("en", "de", "fr"): the locale the browser chose from
 * `_locales`, which may be English when the UI language has no catalogue. For `<html lang>` and
 * for names the browser formats (countries), so they match the surrounding words.
 */
export function messagesLanguage(): string {
  const code = t('localeCode');
  return code === 'localeCode' ? 'en' : code;
}
