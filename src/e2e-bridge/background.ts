// END-TO-END BUILDS ONLY: the background half of the test bridge (see content.ts).
// Imported by the background, but only called under `import.meta.env.MODE === 'e2e'`, so
// production bundles drop it (package.ts checks that no build it packs contains E2E_CHANNEL).
// Like the rest of the background, it uses the browser's own API (native.ts), not webextension-polyfill:
// an import of the polyfill here would stay in production builds (it runs code on import).
import type { Runtime } from 'webextension-polyfill';
import { E2E_CHANNEL, type BridgeCommand, type BridgeReply } from './protocol';
import { installOriginRule, ORIGIN_RULE_ID } from '../background/origin-rule';
import { onMessage, sessionRules } from '../platform/background';
import { ext as browser } from '../platform/native';
import { readManaged } from '../platform/managed';

export interface E2EHook {
  /** The background's real message handler, the one the popup and options page talk to. */
  handle(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined;
  onMenuClicked(click: { menuItemId: string | number; linkUrl?: string; pageUrl?: string }): Promise<void>;
  /** What a click on a notification does (a test cannot click one). */
  onNotificationClicked(id: string): Promise<void>;
  /** What an alarm does when it fires (a test does not wait for one). */
  onAlarm(name: string): Promise<void>;
}

/** Registers the listener; call at the top level of the background script. */
export function installE2EBridge(hook: E2EHook): void {
  onMessage((message: unknown, sender: Runtime.MessageSender) => {
    const request = (message as Record<string, unknown> | null)?.[E2E_CHANNEL] as { command: BridgeCommand; args: unknown } | undefined;
    // Only this extension's own content script (the bridge) may use it.
    if (request === undefined || sender.id !== browser.runtime.id || sender.tab === undefined) return undefined;
    return run(hook, request.command, request.args).then(
      (value): BridgeReply => ({ ok: true, value }),
      (error: unknown): BridgeReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

async function run(hook: E2EHook, command: BridgeCommand, args: unknown): Promise<unknown> {
  switch (command) {
    case 'call':
      // As if from the popup: the handler's sender check sees the popup page's URL.
      return hook.handle(args, { id: browser.runtime.id, url: browser.runtime.getURL('src/popup/index.html') });
    case 'pageFiles':
      // What the popup does when it opens: the chosen file, or the user's tab's files. Loaded here, when
      // asked (only the Firefox tests ask, whose background is a page), as it brings the polyfill along.
      // A constant in every build, so production builds drop the import() below. Left in, it made
      // Rolldown wrap the whole platform layer (zod and the protocol among it) in lazy initialisers:
      // ~1 KB gzipped of the production service worker.
      if (import.meta.env.MODE !== 'e2e') throw new Error('The end-to-end bridge is in end-to-end builds only.');
      return (await import('../platform')).getActiveTabFiles();
    case 'menuClick':
      return hook.onMenuClicked(args as Parameters<E2EHook['onMenuClicked']>[0]);
    case 'fetch': {
      const { url, method, body } = args as { url: string; method: string; body?: string };
      const response = await fetch(url, { method, body: body ?? null });
      return { status: response.status };
    }
    case 'originRule':
      // Lets a test show that the rule, not the browser, is what keeps Origin off.
      if (args === 'remove') return browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID] });
      return installOriginRule(sessionRules);
    case 'openPage': {
      // WebDriver BiDi may not navigate to moz-extension:// URLs, but it drives a page the extension
      // opened itself. `background`: a tab left in the background, so the user's Box tab stays the
      // active tab of the window, as it is while the toolbar popup is open.
      const { path, background } = args as { path: string; background: boolean };
      return void (await browser.tabs.create({ url: browser.runtime.getURL(path), active: !background }));
    }
    case 'notificationClick':
      return hook.onNotificationClicked(String(args));
    case 'alarm':
      return hook.onAlarm(String(args));
    case 'alarms':
      // The alarms armed now, as the browser holds them.
      return browser.alarms.getAll();
    case 'redirectUri':
      return browser.identity.getRedirectURL();
    case 'managed':
      // What the organisation's policy hands the extension (policies.json in Firefox).
      return readManaged();
    case 'storage':
      return {
        local: await browser.storage.local.get(null),
        session: await browser.storage.session.get(null),
        sync: await browser.storage.sync.get(null),
      };
  }
}
