// Box checks the `Origin` of browser calls against the Box app's CORS list and answers 403
// `cors_origin_not_whitelisted` otherwise; the console may not accept extension origins at
// all. The service worker's POSTs carry `Origin: chrome-extension://<id>`, so we remove that
// header from the extension's own requests to api.box.com. `tabIds: [-1]` limits the rule to
// requests made outside any tab (our service worker); Box's own web pages run in tabs and are
// never touched.
import type { SessionRules } from '../platform/background-apis';

export const ORIGIN_RULE_ID = 1;

export const originRule = {
  id: ORIGIN_RULE_ID,
  priority: 1,
  action: {
    type: 'modifyHeaders' as const,
    requestHeaders: [{ header: 'origin', operation: 'remove' as const }],
  },
  condition: {
    urlFilter: '|https://api.box.com/',
    tabIds: [-1],
    resourceTypes: ['xmlhttprequest' as const, 'other' as const],
  },
};

/** Idempotent: session rules survive service-worker restarts but not a browser restart. */
export async function installOriginRule(dnr: SessionRules): Promise<void> {
  await dnr.updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID], addRules: [originRule] });
}
