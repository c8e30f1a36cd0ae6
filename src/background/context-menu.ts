// "Send for secure signature…" from Box's pages. The menu only opens the sending UI with the
// file chosen; nothing is ever sent without the user pressing Send there.
import type { PageFiles } from '../shared/messages';
import { parseBoxUrl, type BoxLocation } from '../shared/box-urls';
import { t } from '../shared/i18n';
import { bulkPageUrl } from '../shared/bulk-launch';
import type { MenuClick, MenuItem, MenusApi } from '../platform/background-apis';

export const MENU_IDS = { link: 'send-file-link', page: 'send-this-file', selected: 'send-selected-files', bulk: 'bulk-send-this-file', requests: 'all-requests' } as const;

/**
 * Match patterns cannot say "digits" or exclude hosts, so they only keep the menu off other
 * sites; the click handler parses the URL again and ignores anything that is not a Box item.
 * `*.box.com` covers app., <company>.app., <company>.ent. and custom company domains.
 */
const BOX_PAGES = ['https://app.box.com/*', 'https://*.box.com/*'];
const onBox = (...paths: string[]) => paths.flatMap((path) => ['https://app.box.com', 'https://*.box.com'].map((host) => `${host}${path}`));

export const MENU_ITEMS: MenuItem[] = [
  {
    id: MENU_IDS.link,
    title: t('menuSend'),
    contexts: ['link'],
    documentUrlPatterns: BOX_PAGES,
    targetUrlPatterns: onBox('/file/*', '/*/file/*', '/s/*', '/v/*', '/files/0/f/*'),
  },
  {
    id: MENU_IDS.page,
    title: t('menuSend'),
    contexts: ['page'],
    documentUrlPatterns: onBox('/file/*', '/*/file/*', '/notes/*'),
  },
  {
    // Box shows its own menu on rows, hiding ours there: this one works on the page around them.
    id: MENU_IDS.selected,
    title: t('menuSendSelected'),
    contexts: ['page'],
    documentUrlPatterns: onBox('/folder/*', '/*/folder/*', '/s/*', '/v/*', '/files/*'),
  },
  {
    // The Bulk send page (issue 15) with this page's file: one request per recipient.
    id: MENU_IDS.bulk,
    title: 'Bulk send',
    contexts: ['page'],
    documentUrlPatterns: onBox('/file/*', '/*/file/*'),
  },
  // The toolbar button's right-click menu: opens the "All requests" page.
  { id: MENU_IDS.requests, title: t('reqAllRequests'), contexts: ['action'] },
];

/** Recreated at install and browser start so the items survive service-worker restarts. */
export async function installMenus(menus: MenusApi): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) menus.create(item);
}

/**
 * What the sending UI should offer for a click: given files (a link or the page's file),
 * `'ask-page'` (the page's own selection, read from its content script), or null (not a
 * Box item: do nothing).
 */
export function launchFor(click: MenuClick): PageFiles | 'ask-page' | null {
  if (click.menuItemId === MENU_IDS.bulk) return null;
  if (click.menuItemId === MENU_IDS.selected) return 'ask-page';
  const url = click.menuItemId === MENU_IDS.link ? click.linkUrl : click.menuItemId === MENU_IDS.page ? click.pageUrl : undefined;
  if (!url) return null;
  return pageFilesFor(parseBoxUrl(url), click.pageUrl ?? url);
}

function pageFilesFor(location: BoxLocation, pageUrl: string): PageFiles | null {
  switch (location.kind) {
    case 'file':
      return { files: [{ id: location.fileId, name: null, source: 'selected' }], pageUrl, sharedLink: location.share?.url ?? null };
    case 'shared-link':
      return { files: [], pageUrl, unresolved: { sharedLink: location.share.url } };
    case 'not-signable':
      return { files: [], pageUrl, notSignable: [{ type: location.itemType, id: location.id, name: null, reason: location.reason }] };
    default:
      return null;
  }
}

/** The Bulk send page for a click on its menu item: the page's file, or null (not a Box file page). */
export function bulkLaunchFor(click: MenuClick, extensionBase: string): string | null {
  if (click.menuItemId !== MENU_IDS.bulk || !click.pageUrl) return null;
  const location = parseBoxUrl(click.pageUrl);
  return location.kind === 'file' ? bulkPageUrl(extensionBase, { fileIds: [location.fileId], templateId: null }) : null;
}
