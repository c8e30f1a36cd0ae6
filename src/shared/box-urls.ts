// Pure parsing of Box web URLs. Box's web app is closed source and changes, so we key on the
// URL, never on layout. Hosts are anchored: `app.box.com.evil.example` is not Box.

/** `app.box.com` or `<company>.app.box.com` (one DNS label, no dots). */
const APP_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)?app\.box\.com$/;

export function isBoxAppHost(hostname: string): boolean {
  return APP_HOST.test(hostname.toLowerCase());
}

/** The file ID of a Box file preview URL (`/file/<id>`), or null. IDs stay strings. */
export function fileIdFromUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !isBoxAppHost(url.hostname)) return null;
  return /^\/file\/([1-9]\d{0,19})\/?$/.exec(url.pathname)?.[1] ?? null;
}
