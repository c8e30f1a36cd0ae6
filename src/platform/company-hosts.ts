// The company Box hosts the user granted, apart from index.ts: the rule that recognises them
// (shared/custom-box-host.ts, shared/box-urls.ts, whose patterns are built as it loads) stays out of
// the popup's first script, which reads the hosts only once it is idle (popup/main.ts).
import { ext as browser } from './native';
import { customHostsIn, hostPattern } from '../shared/custom-box-host';

/**
 * Company Box hosts (`acme.box.com`) the user lets the content script run on: optional host
 * permissions, one host each, which the background follows (background/custom-host-script.ts).
 */
export const companyHostAccess = {
  list: async (): Promise<string[]> => customHostsIn((await browser.permissions.getAll()).origins ?? []),
  request: (host: string): Promise<boolean> => browser.permissions.request({ origins: [hostPattern(host)] }),
  remove: (host: string): Promise<boolean> => browser.permissions.remove({ origins: [hostPattern(host)] }),
};
