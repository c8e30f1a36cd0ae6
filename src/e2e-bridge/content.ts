// END-TO-END BUILDS ONLY (`vite build --mode e2e`; vite.config.ts adds this content script to the
// manifest in that mode and never otherwise). WebDriver BiDi cannot open moz-extension:// pages or
// evaluate in Firefox's extension background, so a test reaches the background's test hook from a
// Box page: page → window.postMessage → this script → runtime.sendMessage → background.ts.
import { E2E_CHANNEL, isBridgeRequest } from './protocol';

// The browser's own API, as in the production content script (no polyfill): both return a promise here.
const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
const runtime = (scope.browser ?? scope.chrome).runtime;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window || !isBridgeRequest(event.data)) return;
  const { id, command, args } = event.data;
  // A write from this content-script world itself, as an attacker's code running here would make.
  const work =
    command === 'plantLocal'
      ? (scope.browser ?? scope.chrome).storage.local.set(args as Record<string, unknown>).then(() => ({ ok: true, value: null }))
      : runtime.sendMessage({ [E2E_CHANNEL]: { command, args } });
  work.then(
    (reply: unknown) => window.postMessage({ [E2E_CHANNEL]: 'reply', id, reply }, location.origin),
    (error: unknown) => window.postMessage({ [E2E_CHANNEL]: 'reply', id, reply: { ok: false, error: String(error) } }, location.origin),
  );
});
