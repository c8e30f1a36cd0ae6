// Service worker entry. Listeners are registered synchronously at the top level so the
// browser can wake the worker for them; nothing important lives only in memory.
import '../shared/zod-jitless';
import type { AuthState } from '../shared/messages';
import { writeKnownAuth } from '../shared/known-auth';
import { sealedArea } from './sealed-area';
import { installOriginRule } from './origin-rule';
import { createAuth } from './auth/auth';
import { fixedTokenProvider } from './auth/fixed-token';
import { createBoxClient } from './box/client';
import { createBackgroundListener } from './listener';
import { createTracker, TRACKING_ALARM } from './tracking/tracker';
import { notifySetting } from './tracking/setting';
import { bulkLaunchFor, installMenus, launchFor, MENU_IDS } from './context-menu';
import { createDashboard, REQUESTS_ALARM } from './requests/dashboard';
import { REQUESTS_HEAD_KEY, REQUESTS_KEY } from '../shared/requests-cache';
import { REQUESTS_NOTIFICATION } from './requests/notify';
import type { MenuClick } from '../platform/background-apis';
import { putLaunch } from '../shared/launch';
import { getSealingKey, getSignerHmacKey } from '../platform/key-store';
import * as platform from '../platform/background';
import { onManagedChanged, readManaged } from '../platform/managed';
import { upgradeSettings } from '../shared/settings';
import { createPolicySource } from './policy/policy-source';
import { installE2EBridge } from '../e2e-bridge/background';
import { guardPolicyOf } from '../shared/guard/policy';
import { PHONE_METADATA_FILE, phoneTypes } from './guard/phone-types';
import { loadConfusables, readPackaged } from '../platform/packaged';
import { createSignerMemory, hmacWith } from './guard/signer-memory';
import { createClipboardClearer } from './guard/clipboard';
import { customHostsIn } from '../shared/custom-box-host';
import { syncCustomHostScript } from './custom-host-script';

// First of all, at every start: no content script may read or plant what the worker acts on.
void platform.restrictStorage();
import { newExternalId } from './box/send';
import { inGroups, recordInSent } from './bulk/handlers';
import { rowPasswords } from './bulk/passwords';
import { BULK_ALARM, createBulkQueue } from './bulk/queue';
import { createBulkStore } from './bulk/store';
import { guardedEnforcer, policyEnforcer } from './bulk/enforce';

// Every request to api.box.com waits for the Origin rule: without it Box may answer 403.
const originRuleReady = installOriginRule(platform.sessionRules);
const boxFetch: typeof fetch = async (input, init) => {
  await originRuleReady;
  return fetch(input, init);
};
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The organisation's policy, read again as soon as an admin changes it.
const policy = createPolicySource(readManaged);
onManagedChanged(() => policy.changed());

const auth = createAuth({
  session: platform.areas.session,
  local: sealedArea(platform.areas.local, getSealingKey),
  fetch: boxFetch,
  launchWebAuthFlow: platform.launchWebAuthFlow,
  redirectUri: platform.redirectUri(),
  now: Date.now,
  getMe: (token) => createBoxClient({ fetch: boxFetch, tokens: fixedTokenProvider(token), sleep }).getMe(),
  verifiedEnterprise: async () => (await policy.current()).verifiedEnterprise,
  // The popup no longer counts on the connection (see known-auth.ts).
  onCleared: () => {
    // The next account must not see this one's requests (All requests' cache).
    void platform.areas.local.remove([REQUESTS_KEY, REQUESTS_HEAD_KEY]).catch(() => undefined);
    return writeKnownAuth(platform.areas.session, { connected: false }).catch(() => undefined);
  },
});
const client = createBoxClient({ fetch: boxFetch, tokens: auth.tokenProvider, sleep });

// Requests sent from this browser, in storage.local; followed by one alarm while any is pending.
// Sealed like the tokens: a content script can write storage.local in Firefox, and a record it
// planted must never make the worker cancel, poll or open anything (AES-GCM authenticates).
const tracking = createTracker({
  area: sealedArea(platform.areas.local, getSealingKey),
  client,
  now: Date.now,
  alarms: platform.alarms,
  notifier: platform.notifier,
  setting: notifySetting(platform.areas.sync, readManaged),
});

// The signer guard: what is remembered about signers (no number, no address in clear), and the
// organisation's rules. The phone metadata and the look-alike table are fetched from the extension's
// package only when a rule needs them.
const guard = {
  memory: createSignerMemory(platform.areas.local, hmacWith(getSignerHmacKey), Date.now),
  policy: async () => guardPolicyOf((await policy.current()).rules),
  phoneTypes: phoneTypes(() => readPackaged(PHONE_METADATA_FILE)),
  confusables: loadConfusables,
};

// A copied password leaves the clipboard a minute later, by an alarm: the page that copied it may be closed by then.
const clipboard = createClipboardClearer({ alarms: platform.alarms, clear: platform.clearClipboard });

// Bulk send: a persistent queue in storage.local; passwords of waiting rows in storage.session, sealed.
const bulk = createBulkQueue({
  store: createBulkStore(platform.areas.local),
  passwords: rowPasswords(sealedArea(platform.areas.session, getSealingKey)),
  client,
  alarms: platform.alarms,
  now: Date.now,
  sleep,
  newId: () => crypto.randomUUID(),
  newExternalId,
  onCreated: recordInSent(tracking, inGroups((signers) => guard.memory.remember(signers))),
  // The organisation's rules on every row, the signer guard's among them, as on the popup's send.
  enforce: guardedEnforcer(guard, policyEnforcer(client, async () => (await policy.current()).rules, Date.now)),
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
// Answers the extension's own pages only (listener.ts). The two functions, not the `platform` namespace:
// a namespace passed as a value makes the bundler build it, and pulls a helper chunk into the worker.
const runtime = { extensionId: platform.extensionId, extensionBaseUrl: platform.extensionBaseUrl };
const handle = createBackgroundListener({ auth, client, tracking, onAuthState, rules: async () => (await policy.current()).rules, guard, bulk, requests, clipboard }, runtime);

/** Opens the sending UI for a menu click; never sends anything by itself. */
async function onMenuClicked(click: MenuClick): Promise<void> {
  const bulkPage = bulkLaunchFor(click, platform.extensionBaseUrl());
  if (bulkPage) return platform.openTab(bulkPage);
  if (click.menuItemId === MENU_IDS.requests) return platform.openTab(platform.requestsPageUrl());
  const launch = launchFor(click);
  if (launch === null) return;
  await putLaunch(platform.areas.session, launch === 'ask-page' ? null : launch, Date.now());
  await platform.openSendingUi();
}

platform.onMessage(handle);
platform.onAlarm((name) => {
  if (name === TRACKING_ALARM) void tracking.tick();
  if (name === BULK_ALARM) void bulk.wake();
  if (name === REQUESTS_ALARM) void requests.tick();
  void clipboard.onAlarm(name).catch(() => undefined);
});
/** A click on a notification: "All requests" ones open that page, a request's opens it in Box. */
async function onNotificationClicked(id: string): Promise<void> {
  if (id.startsWith(REQUESTS_NOTIFICATION)) {
    const one = id.slice(REQUESTS_NOTIFICATION.length);
    return platform.openTab(platform.requestsPageUrl(one === 'many' ? undefined : one));
  }
  // A company Box domain the user granted is a Box address too (the same hosts as the content script's).
  const url = await tracking.openUrlOf(id, customHostsIn(await platform.grantedOrigins()));
  if (url) await platform.openTab(url);
}
platform.onNotificationClicked((id) => void onNotificationClicked(id));
// A batch a stopped worker (or a closed browser) left: carried on, its unknown creates looked up first.
void bulk.wake();
// Alarms can be lost when the browser restarts or the extension updates: one exists iff something is pending.
void tracking.syncAlarm().catch(() => undefined);
void requests.syncAlarm().catch(() => undefined);
// A send cut off by the previous worker's stop: found at Box by its external_id and recorded, never posted again.
void tracking.settleOrphans().catch(() => undefined);
platform.onMenuClicked((click) => void onMenuClicked(click));
// The content script on the company Box hosts (acme.box.com) the user granted on the options page.
// One sync at a time: two overlapping ones could both register the script.
let customHostsSynced = Promise.resolve();
const syncCustomHosts = (): void => {
  const file = platform.boxPageScript();
  if (!platform.scripting || !file) return;
  const sync = async () => void (await syncCustomHostScript(platform.scripting!, await platform.grantedOrigins(), file));
  customHostsSynced = customHostsSynced.then(sync).catch(() => undefined);
};
syncCustomHosts();
platform.onPermissionsChanged(syncCustomHosts);
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
  // onAlarm: a test fires the clipboard's alarm rather than wait a minute (the clear itself is the real one).
  const hook = { onMenuClicked, onNotificationClicked, handle, onAlarm: (name: string) => clipboard.onAlarm(name) };
  Object.assign(globalThis, { secureSignE2E: hook });
  installE2EBridge(hook);
}
