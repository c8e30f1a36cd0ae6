// Links into the Box web app. Only what ui/openable.ts allows is ever opened or linked: https on
// app.box.com, a company's <sub>.app.box.com or <sub>.ent.box.com, or a company Box domain the user granted.
const BOX_WEB = 'https://app.box.com';

const digits = (id: string) => /^\d{1,20}$/.test(id);

export const fileUrl = (id: string): string | null => (digits(id) ? `${BOX_WEB}/file/${id}` : null);

/**
 * Where the request is followed in Box: its preparation page while it waits for one, else its folder.
 * `openable` is the page's one check of an address (useOpenable).
 */
export function requestUrl(prepareUrl: string | null, parentFolderId: string | null, openable: (url: string | null) => string | null): string | null {
  const prepare = openable(prepareUrl);
  if (prepare) return prepare;
  return parentFolderId && digits(parentFolderId) && parentFolderId !== '0' ? `${BOX_WEB}/folder/${parentFolderId}` : null;
}
