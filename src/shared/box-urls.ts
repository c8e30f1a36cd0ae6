// Pure parsing of Box web URLs. Box's web app is closed source and changes, so we key on the
// URL, never on layout. Hosts are anchored and IDs stay strings (they can exceed 2^53).
// Forms and evidence: the project notes on Box web pages, sections 1.1-1.4 (yt-dlp box.py,
// Cyberdrop-DL, box-ui-elements QuickSearchItem.js, Box API and Box Embed docs).
import { FOLDER_ID_PATTERN, ITEM_ID_PATTERN as ID } from './box-ids';
import { t } from './i18n';

/** A DNS label: letters, digits and inner hyphens, 1-63 characters. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** `app.box.com`, `<company>.app.box.com`, `<company>.ent.box.com`, custom `<company>.box.com`. */
const WEB_HOST = new RegExp(`^(?:app\\.box\\.com|${LABEL}\\.(?:app|ent)\\.box\\.com|(${LABEL})\\.box\\.com)$`);
/**
 * `<label>.box.com` hosts that are not the web app. `www` is the marketing site: old `www.box.com/s/…`
 * links come from pre-2013 API fixtures and now redirect to app.box.com, where we do run. `app`/`ent`
 * without a company label are not tenants. Box can add services at any time: the content script
 * additionally finds nothing on pages without Box item URLs or rows.
 */
const NOT_WEB_APP = /^(?:api|upload|dl|account|developer|developers|www|support|community|status|blog|ent|e\d*|cdn\d*)$/;

/** Shared names (32 lowercase alphanumerics today) and vanity names (letters, digits, hyphens). */
const SHARE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
const SHARE = '(?:(s|v)\\/([A-Za-z0-9_-]{1,128})\\/)';
const EMBED = '(?:embed(?:_widget)?\\/)?';

// Matched against `url.pathname` only; the query is read with URLSearchParams.
const FILE_PATH = new RegExp(`^\\/${EMBED}${SHARE}?file\\/(${ID})\\/?$`);
const FOLDER_PATH = new RegExp(`^\\/${EMBED}${SHARE}?folder\\/(${FOLDER_ID_PATTERN})\\/?$`);
const SHARE_PATH = new RegExp(`^\\/${EMBED}(s|v)\\/([A-Za-z0-9_-]{1,128})\\/?$`);
const LEGACY_PATH = new RegExp(`^\\/files\\/0\\/f\\/(${FOLDER_ID_PATTERN})(?:\\/1\\/f_(${ID})|\\/[^/]*)?\\/?$`);
const NOT_SIGNABLE_PATH = new RegExp(`^\\/(notes|web_link|hubs)\\/(${ID})\\/?$`);

/** A shared or vanity link, as Box issued it: what `GET /2.0/shared_items` (BoxApi header) takes. */
interface Share {
  kind: 's' | 'v';
  name: string;
  url: string;
}

export type NotSignableType = 'folder' | 'note' | 'web_link' | 'hub';

export type BoxLocation =
  /** A file: `/file/<id>` (`?s=`, `?sb=`), `/s|v/<name>/file/<id>`, embed forms, legacy `/files/0/f/<folder>/1/f_<id>`. */
  | { kind: 'file'; fileId: string; folderId: string | null; share: Share | null }
  /** A folder: `/folder/<id>`, `/s|v/<name>/folder/<id>`, legacy `/files/0/f/<id>`. Not signable. */
  | { kind: 'folder'; folderId: string; share: Share | null }
  /** A bare `/s/<token>` or `/v/<vanity>` (or its embed form): file or folder, unknown until resolved. */
  | { kind: 'shared-link'; share: Share }
  /** A Box Note, bookmark or hub: recognised, and refused with a reason. */
  | { kind: 'not-signable'; itemType: Exclude<NotSignableType, 'folder'>; id: string; reason: string }
  /** A Box web-app page without an item in its URL (recents, search, trash…). */
  | { kind: 'box-page' }
  /** Not a URL, not https, another site, or a Box host that is not the web app (api., upload.…). */
  | { kind: 'not-box' };

/** Why Box Sign cannot take an item, in words for the user. */
export const NOT_SIGNABLE_REASONS: Record<NotSignableType, string> = {
  folder: t('notSignableFolder'),
  // No source says Box Sign takes .boxnote files, and the REST API handles them poorly (notes 1.4).
  note: t('notSignableNote'),
  web_link: t('notSignableWebLink'),
  hub: t('notSignableHub'),
};

const PATH_TYPES = { notes: 'note', web_link: 'web_link', hubs: 'hub' } as const;

/** True for hosts where the Box web app runs; never API, upload, CDN or look-alike hosts. */
export function isBoxWebHost(hostname: string): boolean {
  const match = WEB_HOST.exec(hostname.toLowerCase());
  if (!match) return false;
  const custom = match[1];
  return custom === undefined || !NOT_WEB_APP.test(custom);
}

/** `app.box.com` or `<company>.app.box.com` only. Kept for callers that predate isBoxWebHost. */
export function isBoxAppHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return isBoxWebHost(host) && (host === 'app.box.com' || host.endsWith('.app.box.com'));
}

/** The canonical shared link for a share name on a host (embed prefix dropped). */
export function shareOf(origin: string, kind: 's' | 'v', name: string): Share {
  return { kind, name, url: `${origin}/${kind}/${name}` };
}

/** Parses a Box web URL (absolute, or relative to `base`). Pure; never throws. */
export function parseBoxUrl(href: string, base?: string): BoxLocation {
  const url = toUrl(href, base);
  if (!url || url.protocol !== 'https:' || !isBoxWebHost(url.hostname)) return { kind: 'not-box' };
  return parsePath(url.origin, url.pathname, url.searchParams);
}

/** The location of a path on a Box web origin (shared with content/box-page-urls.ts, which has its own fast paths). */
export function parsePath(origin: string, path: string, query: URLSearchParams): BoxLocation {
  const share = (kind: string | undefined, name: string | undefined): Share | null =>
    (kind === 's' || kind === 'v') && name ? shareOf(origin, kind, name) : queryShare(origin, query);
  let m = FILE_PATH.exec(path);
  if (m) return { kind: 'file', fileId: m[3]!, folderId: null, share: share(m[1], m[2]) };
  m = FOLDER_PATH.exec(path);
  if (m) return { kind: 'folder', folderId: m[3]!, share: share(m[1], m[2]) };
  m = SHARE_PATH.exec(path);
  if (m) return { kind: 'shared-link', share: shareOf(origin, m[1] as 's' | 'v', m[2]!) };
  m = LEGACY_PATH.exec(path);
  if (m) {
    const folderId = m[1]!;
    return m[2] ? { kind: 'file', fileId: m[2], folderId, share: null } : { kind: 'folder', folderId, share: null };
  }
  m = NOT_SIGNABLE_PATH.exec(path);
  if (m) {
    const itemType = PATH_TYPES[m[1] as keyof typeof PATH_TYPES];
    return { kind: 'not-signable', itemType, id: m[2]!, reason: NOT_SIGNABLE_REASONS[itemType] };
  }
  return { kind: 'box-page' };
}

/** `?s=<sharedName>`: what a shared-file link redirects a logged-in collaborator to (notes 1.2, 1a). */
function queryShare(origin: string, query: URLSearchParams): Share | null {
  const name = query.get('s');
  return name && SHARE_NAME.test(name) ? shareOf(origin, 's', name) : null;
}

/** A Box tenant's label under app.box.com or ent.box.com: ASCII (no punycode look-alikes), one level. */
const TENANT = '(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const OPENABLE_HOST = new RegExp(`^(?:app\\.box\\.com|${TENANT}\\.(?:app|ent)\\.box\\.com)$`);

/**
 * Whether the extension may open or link `href` (Open in Box, Box's preparation page, a notification
 * click): https on app.box.com, <company>.app.box.com, <company>.ent.box.com, or one of `customHosts`
 * (an organisation's own Box domain, lower case); the default port, no user name or password.
 * Anything else is shown as text, never opened: Box's answers and storage are not trusted to be Box.
 */
export function isOpenableBoxUrl(href: string | null | undefined, customHosts: readonly string[] = []): href is string {
  const url = href ? toUrl(href, undefined) : null;
  if (!url || url.protocol !== 'https:' || url.port || url.username || url.password) return false;
  return OPENABLE_HOST.test(url.hostname) || customHosts.includes(url.hostname);
}

export function toUrl(href: string, base: string | undefined): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The file ID of a Box file URL, or null. */
export function fileIdFromUrl(href: string): string | null {
  const location = parseBoxUrl(href);
  return location.kind === 'file' ? location.fileId : null;
}
