// An https address, checked as `z.url({ protocol: /^https$/ })` checks one: trimmed, parsed by the
// browser's URL parser, https only; the value kept as typed less the ASCII tabs and line breaks the
// parser itself ignores. Not zod's own: its URL format is ~1.7 kB of the service worker (minified),
// which receives one address (a page's shared link).
import * as z from 'zod/mini';

const parse = (text: string): URL | null => {
  try {
    return new URL(text);
  } catch {
    return null;
  }
};

/** An https URL of at most `max` characters (counted after the tabs and line breaks are removed). */
export function httpsUrl(max: number) {
  return z.string().check(
    z.overwrite((text) => text.trim().replace(/[\t\n\r]/g, '')),
    z.refine((text) => parse(text)?.protocol === 'https:', { message: 'Invalid URL' }),
    z.maxLength(max),
  );
}
