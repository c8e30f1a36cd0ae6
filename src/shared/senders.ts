// Who may send what. Checked before a message's payload is even parsed (fail closed).
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True only for the extension's own pages (popup, options, the sending window). A content
 * script's sender carries the web page's URL, so it fails here even though `id` matches; web
 * pages cannot message us at all (no `externally_connectable`), and other extensions have
 * another `id`. An options page open in a tab has `sender.tab`, so `tab` is not used.
 */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionBaseUrl: string): boolean {
  if (sender.id !== extensionId) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(extensionBaseUrl)) return false;
  // Chrome also reports the origin; when present it must agree with the URL.
  return sender.origin === undefined || `${sender.origin}/` === extensionBaseUrl;
}

/** Content scripts only obey the extension itself. */
export function isOwnExtension(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}
