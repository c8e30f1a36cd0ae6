// Service worker entry. Listeners are registered synchronously at the top level so the
// browser can wake the worker for them; nothing important lives only in memory.
import { backgroundProtocol } from '../shared/messages';
import { createHandler } from '../shared/messaging';
import { isExtensionPage, type SenderLike } from '../shared/senders';
import { sealedArea } from './sealed-area';
import { installOriginRule } from './origin-rule';
import { createAuth } from './auth/auth';
import { fixedTokenProvider } from './auth/fixed-token';
import { createBoxClient } from './box/client';
import { toUserError } from './box/box-error';
import { backgroundHandlers } from './handlers';
import { installMenus, launchFor, type MenuClick } from './context-menu';
import { putLaunch } from '../shared/launch';
import { getSealingKey } from '../platform/key-store';
import * as platform from '../platform/background';
import { installE2EBridge } from '../platform/e2e-bridge.background';

// Every request to api.box.com waits for the Origin rule: without it Box may answer 403.
const originRuleReady = installOriginRule(platform.sessionRules);
const boxFetch: typeof fetch = async (input, init) => {
  await originRuleReady;
  return fetch(input, init);
};
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const auth = createAuth({
  session: platform.areas.session,
  local: sealedArea(platform.areas.local, getSealingKey),
  fetch: boxFetch,
  launchWebAuthFlow: platform.launchWebAuthFlow,
  redirectUri: platform.redirectUri(),
  now: Date.now,
  getMe: (token) => createBoxClient({ fetch: boxFetch, tokens: fixedTokenProvider(token), sleep }).getMe(),
});
const client = createBoxClient({ fetch: boxFetch, tokens: auth.tokenProvider, sleep });

const handle = createHandler(backgroundProtocol, backgroundHandlers({ auth, client }), {
  // Only the extension's own pages may ask for anything, above all a sign request.
  allowSender: (sender: SenderLike) => isExtensionPage(sender, platform.extensionId(), platform.extensionBaseUrl()),
  toUserError,
});

/** Opens the sending UI for a menu click; never sends anything by itself. */
async function onMenuClicked(click: MenuClick): Promise<void> {
  const launch = launchFor(click);
  if (launch === null) return;
  await putLaunch(platform.areas.session, launch === 'ask-page' ? null : launch, Date.now());
  await platform.openSendingUi();
}

platform.onMessage(handle);
platform.onMenuClicked((click) => void onMenuClicked(click));
platform.onInstalledOrStartup(() => {
  void installOriginRule(platform.sessionRules);
  void installMenus(platform.menus);
});

// End-to-end builds only (`vite build --mode e2e`): headless Chromium cannot click a native
// context menu, so tests call the same handler; Firefox tests cannot reach extension pages or
// this script over WebDriver BiDi, so they come through an e2e-only content script (the bridge)
// and call the real handler as the popup would. Production builds drop this block.
if (import.meta.env.MODE === 'e2e') {
  const hook = { onMenuClicked, handle };
  Object.assign(globalThis, { secureSignE2E: hook });
  installE2EBridge(hook);
}
