// Links into the Box web app. Only https Box web origins are ever opened: app.box.com, a company's
// <sub>.app.box.com or <sub>.ent.box.com. [Another change adds one shared predicate to
// src/shared/box-urls.ts; this one is meant to be swapped for it.]
const BOX_WEB = 'https://app.box.com';

export function isBoxWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
    return u.hostname === 'app.box.com' || /^[a-z0-9-]+\.(app|ent)\.box\.com$/.test(u.hostname);
  } catch {
    return false;
  }
}

const digits = (id: string) => /^\d{1,20}$/.test(id);

export const fileUrl = (id: string): string | null => (digits(id) ? `${BOX_WEB}/file/${id}` : null);

/** Where the request is followed in Box: its preparation page while it waits for one, else its folder. */
export function requestUrl(prepareUrl: string | null, parentFolderId: string | null): string | null {
  if (prepareUrl && isBoxWebUrl(prepareUrl)) return prepareUrl;
  return parentFolderId && digits(parentFolderId) && parentFolderId !== '0' ? `${BOX_WEB}/folder/${parentFolderId}` : null;
}
