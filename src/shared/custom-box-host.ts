// Company Box addresses of the form `<company>.box.com`. Box's web app runs there too, but the
// manifest's content script matches only app.box.com, *.app.box.com and *.ent.box.com (an
// allow-list: Box's other hosts never load it). The content script runs on a company host only
// after the user grants the extension that one host (an optional host permission, asked from the
// options page); the background then registers the script there (background/custom-host-script.ts).
import { isBoxWebHost } from './box-urls';

/** Hosts the manifest's content script already matches, for everyone. */
const STATIC_HOST = /^(?:app\.box\.com|[^.]+\.(?:app|ent)\.box\.com)$/;

/** `<label>.box.com` where Box's web app runs, and which the manifest does not already cover. */
export function isCustomBoxHost(host: string): boolean {
  return host.split('.').length === 3 && isBoxWebHost(host) && !STATIC_HOST.test(host);
}

/**
 * The company host in what the user typed (`acme`, `acme.box.com`, `https://acme.box.com/folder/0`),
 * lower-cased; null if it is not one (Box's own hosts, look-alikes, app/ent addresses, which need nothing).
 */
export function customBoxHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (/^[a-z0-9-]+$/.test(text)) text += '.box.com';
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    return url.protocol === 'https:' && isCustomBoxHost(url.hostname) ? url.hostname : null;
  } catch {
    return null;
  }
}

/** The match pattern for a host: what the permission is asked for and the script is registered on. */
export const hostPattern = (host: string): string => `https://${host}/*`;

/** The company hosts among granted origins (`https://acme.box.com/*`), in order; anything else is ignored. */
export function customHostsIn(origins: readonly string[]): string[] {
  return origins.flatMap((origin) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(origin)?.[1];
    return host !== undefined && isCustomBoxHost(host) ? [host] : [];
  });
}
