// Service worker entry. Listeners are registered synchronously at the top level so the
// browser can wake the worker for them; nothing important lives only in memory.
import { backgroundProtocol, type AuthState } from '../shared/messages';
import { writeKnownAuth } from '../shared/known-auth';
import { createHandler } from '../shared/message-handler';
import { isExtensionPage, type SenderLike } from '../shared/senders';
import { sealedArea } from './sealed-area';
import { installOriginRule } from './origin-rule';
import { createAuth } from './auth/auth';
import { fixedTokenProvider } from './auth/fixed-token';
import { createBoxClient } from './box/client';
import { toUserError } from './box/box-error';
import { backgroundHandlers } from './handlers';
import { createTracker, TRACKING_ALARM } from './tracking/tracker';
import { createDashboard, REQUESTS_ALARM } from './requests/dashboard';
import { REQUESTS_HEAD_KEY, REQUESTS_KEY } from '../shared/requests-cache';
import { trackingUserError } from './tracking/errors';
import { notifySetting } from './tracking/setting';
import { installMenus, launchFor, MENU_IDS } from './context-menu';
import { REQUESTS_NOTIFICATION } from './requests/notify';
import type { MenuClick } from '../platform/background-apis';
import { putLaunch } from '../shared/launch';
import { getSealingKey } from '../platform/key-store';
import * as platform from '../platform/background';
import { readManaged } from '../platform/managed';
import { readManagedPolicy, upgradeSettings } from '../shared/settings';
import { installE2EBridge } from '../e2e-bridge/background';

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
  verifiedEnterprise: async () => readManagedPolicy(await readManaged()).verifiedEnterprise,
  // The popup no longer counts on the connection (see known-auth.ts).
  onCleared: () => {
    // The next account must not see this one's requests (All requests' cache).
    void platform.areas.local.remove([REQUESTS_KEY, REQUESTS_HEAD_KEY]).catch(() => undefined);
    return writeKnownAuth(platform.areas.session, { connected: false }).catch(() => undefined);
  },
});
const client = createBoxClient({ fetch: boxFetch, tokens: auth.tokenProvider, sleep });

// Requests sent from this browser, in storage.local; followed by one alarm while any is pending.
const tracking = createTracker({
  area: platform.areas.local,
  client,
  now: Date.now,
  alarms: platform.alarms,
  notifier: platform.notifier,
  setting: notifySetting(platform.areas.sync, readManaged),
});

// "All requests": every request Box lists, walked while a page shows it or something is pending.
const requests = createDashboard({
  area: platform.areas.local,
  client,
  now: Date.now,
  alarms: platform.alarms,
  notifier: platform.notifier,
  setting: notifySetting(platform.areas.sync, readManaged),
  trackedIds: async () => new Set((await tracking.list()).requests.map((r) => r.id)),
});

// The popup reads the last known connection state to show its form without waiting for Box.
const onAuthState = (state: AuthState) => writeKnownAuth(platform.areas.session, state).catch(() => undefined);
const handle = createHandler(backgroundProtocol, backgroundHandlers({ auth, client, tracking, onAuthState, requests }), {
  // Only the extension's own pages may ask for anything, above all a sign request.
  allowSender: (sender: SenderLike) => isExtensionPage(sender, platform.extensionId(), platform.extensionBaseUrl()),
  toUserError: (error) => trackingUserError(error) ?? toUserError(error),
});

/** Opens the sending UI for a menu click; never sends anything by itself. */
async function onMenuClicked(click: MenuClick): Promise<void> {
  if (click.menuItemId === MENU_IDS.requests) return platform.openTab(platform.requestsPageUrl());
  const launch = launchFor(click);
  if (launch === null) return;
  await putLaunch(platform.areas.session, launch === 'ask-page' ? null : launch, Date.now());
  await platform.openSendingUi();
}

platform.onMessage(handle);
platform.onAlarm((name) => {
  if (name === TRACKING_ALARM) void tracking.tick();
  if (name === REQUESTS_ALARM) void requests.tick();
});
platform.onNotificationClicked((id) => {
  if (id.startsWith(REQUESTS_NOTIFICATION)) {
    const one = id.slice(REQUESTS_NOTIFICATION.length);
    void platform.openTab(platform.requestsPageUrl(one === 'many' ? undefined : one));
    return;
  }
  void tracking.openUrlOf(id).then(async (url) => {
    if (url) await platform.openTab(url);
  });
});
// Alarms can be lost when the browser restarts or the extension updates: one exists iff something is pending.
void tracking.syncAlarm().catch(() => undefined);
void requests.syncAlarm().catch(() => undefined);
// A send cut off by the previous worker's stop: found at Box by its external_id and recorded, never posted again.
void tracking.settleOrphans().catch(() => undefined);
platform.onMenuClicked((click) => void onMenuClicked(click));
platform.onInstalledOrStartup(() => {
  void installOriginRule(platform.sessionRules);
  void installMenus(platform.menus);
  // Reads migrate on the fly; this writes the upgraded record back once, after an update.
  void upgradeSettings(platform.areas.sync);
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
