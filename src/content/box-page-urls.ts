// URL helpers only the content script needs, while it reads a Box page: a fast path for the links in
// Box's rows, and the key of what a page lists. Apart from shared/box-urls.ts, which the service worker
// also loads, so that it does not carry them.
import { parseBoxUrl, parsePath, toUrl, type BoxLocation } from '../shared/box-urls';

/**
 * The query of hrefs without one, shared: a row link rarely has a query, and a URLSearchParams is a
 * browser object (about 1 µs to build, and garbage) per row per scroll batch. parsePath only reads it.
 */
const NO_QUERY = new URLSearchParams();

/**
 * Fast path for a root-relative href (`/file/1?s=x`, as in Box's row links) on a page whose origin
 * is already known to be Box: no URL object is built. Anything else goes through parseBoxUrl.
 * Dot segments and backslashes are not normalised here, so such hrefs are refused, never misread.
 */
export function parseBoxHref(href: string, origin: string): BoxLocation {
  if (href[0] !== '/' || href[1] === '/' || href[1] === '\\') return parseBoxUrl(href, origin);
  const hash = href.indexOf('#');
  const bare = hash === -1 ? href : href.slice(0, hash);
  const q = bare.indexOf('?');
  const query = q === -1 ? NO_QUERY : new URLSearchParams(bare.slice(q + 1));
  return parsePath(origin, q === -1 ? bare : bare.slice(0, q), query);
}

/**
 * What a page lists, as a key: the remembered rows of a list belong to one key and are forgotten
 * when it changes. Query-only changes (`?sb=` sidebar state, `?page=N`) keep the key, except on
 * pages without an item in the path (search results differ by query).
 */
export function listScope(href: string): string {
  const url = toUrl(href, undefined);
  if (!url) return '';
  const location = parsePath(url.origin, url.pathname, url.searchParams);
  switch (location.kind) {
    case 'file':
      return `file:${location.fileId}`;
    case 'folder':
      return `folder:${location.folderId}:${location.share?.name ?? ''}`;
    case 'shared-link':
      return `share:${location.share.name}`;
    case 'not-signable':
      return `${location.itemType}:${location.id}`;
    case 'box-page':
    case 'not-box':
      return `page:${url.host}${url.pathname}${url.search}`;
  }
}
