// Loads the built Firefox extension into Debian's firefox-esr (headless), driven by puppeteer-core
// over WebDriver BiDi, with the Box hosts sent to the local Box emulator. Nothing here downloads
// a browser.
//
// How Box's hosts reach the emulator: Firefox has no `--host-resolver-rules`, and
// `network.dns.forceResolve` maps names but not ports, so it would need the emulator on port 443
// (root, and one test run per machine). Instead Firefox is given an HTTPS proxy (a few lines
// below) that tunnels CONNECTs for Box hosts to the emulator's port and refuses every other host.
// TLS still runs end to end between Firefox and the emulator, so what the emulator records is
// exactly what Firefox sent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startEmulator, type AppConfig, type Emulator } from '../../emulator/index';
import { GECKO_ID } from '../../scripts/manifest';

/** The e2e build: the production extension plus the test hook (see src/e2e-bridge/). */
export const DIST_FIREFOX_E2E = process.env['SECURE_SIGN_FIREFOX_DIST'] ?? resolve(import.meta.dirname, '../../dist/firefox-e2e');
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** api.box.com, account.box.com, app.box.com and any <company>.app.box.com / <company>.ent.box.com. */
export function isBoxHost(host: string): boolean {
  return /^(api|account|app)\.box\.com$|^[a-z0-9-]+\.(app|ent)\.box\.com$/i.test(host);
}

export interface FirefoxHarness {
  emulator: Emulator;
  browser: Browser;
  /** `moz-extension://<uuid>/`: fixed per run through the `extensions.webextensions.uuids` pref. */
  extensionBaseUrl: string;
  /** Hosts the proxy refused (anything not Box): lets a test notice unexpected traffic. */
  refused: string[];
  close(): Promise<void>;
}

/** `prefs`: more Firefox preferences, for a test that needs one (the clipboard test's `dom.events.testing.asyncClipboard`). */
export async function launchFirefox(options: { dist?: string; apps?: AppConfig[]; prefs?: Record<string, unknown> } = {}): Promise<FirefoxHarness> {
  const dist = options.dist ?? DIST_FIREFOX_E2E;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run \`npm run build:e2e\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install Debian's firefox-esr (apt-get install -y firefox-esr).`);
  const emulator = await startEmulator({ port: 0, ...(options.apps ? { apps: options.apps } : {}) });
  const refused: string[] = [];
  const proxy = await startBoxProxy(emulator.port, refused);
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'secure-sign-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // The extension's moz-extension:// origin is random per install; pin it for the test.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        ...options.prefs,
      },
    });
    const id = await browser.installExtension(dist);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as ${id}, expected ${GECKO_ID}.`);
  } catch (error) {
    await browser?.close();
    await closeServer(proxy.server);
    await emulator.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const opened = browser;
  return {
    emulator,
    browser: opened,
    extensionBaseUrl: `moz-extension://${uuid}/`,
    refused,
    async close() {
      await opened.close();
      await closeServer(proxy.server);
      await emulator.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An HTTP proxy that only answers CONNECT, and only for Box hosts, by tunnelling to the emulator. */
async function startBoxProxy(emulatorPort: number, refused: string[]): Promise<{ server: Server; port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > 8192) client.destroy();
        return;
      }
      client.off('data', onData);
      const match = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]\r\n/.exec(head);
      const host = match?.[1] ?? '';
      if (!match || match[2] !== '443' || !isBoxHost(host)) {
        refused.push(host || head.slice(0, head.indexOf('\r\n')));
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(emulatorPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = Buffer.from(head.slice(end + 4), 'latin1');
        if (rest.length > 0) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  (server as Server & { sockets?: Set<Socket> }).sockets = sockets;
  return { server, port: address.port };
}

function closeServer(server: Server): Promise<void> {
  const sockets = (server as Server & { sockets?: Set<Socket> }).sockets;
  sockets?.forEach((s) => s.destroy());
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

/** A new tab on a Box (emulator) page, loaded. */
export async function openBoxPage(h: FirefoxHarness, url: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

// Runs in the page. A string, not a function: the test runner's transform would add helpers
// (`__name`) to a function that do not exist in the page.
const BRIDGE_CALL = `(command, args, timeoutMs) => new Promise((resolve, reject) => {
  const id = crypto.randomUUID();
  const timer = setTimeout(() => reject(new Error('bridge: no reply to ' + command + ' within ' + timeoutMs + ' ms')), timeoutMs);
  const onReply = (event) => {
    const data = event.data;
    if (event.source !== window || !data || data.secureSignE2E !== 'reply' || data.id !== id) return;
    window.removeEventListener('message', onReply);
    clearTimeout(timer);
    resolve(data.reply);
  };
  window.addEventListener('message', onReply);
  window.postMessage({ secureSignE2E: 'request', id, command, args }, location.origin);
})`;

/**
 * Runs a test-bridge command in the extension's background from a Box page (e2e builds only; see
 * src/e2e-bridge/content.ts). Throws with the background's message when it failed.
 */
export async function bridge<T = unknown>(page: Page, command: string, args: unknown = {}, timeoutMs = 15_000): Promise<T> {
  const reply = await page.evaluate(`(${BRIDGE_CALL})(${JSON.stringify(command)}, ${JSON.stringify(args)}, ${timeoutMs})`);
  const r = reply as { ok: boolean; value?: unknown; error?: string };
  if (!r.ok) throw new Error(`bridge ${command}: ${r.error}`);
  return r.value as T;
}

/**
 * One of the extension's own pages (`src/popup/index.html`...), opened by the extension itself through
 * the bridge (WebDriver BiDi refuses to navigate to moz-extension:// URLs, but drives a page the
 * extension opened). `background`: in a tab that is not made active, so the user's Box tab stays the
 * active one, as while the toolbar popup is open (the popup reads the files of that tab).
 */
export async function openExtensionPage(h: FirefoxHarness, from: Page, path: string, background = false): Promise<Page> {
  const url = `${h.extensionBaseUrl}${path}`;
  const before = new Set(await h.browser.pages());
  await bridge(from, 'openPage', { path, background });
  for (let waited = 0; waited < 15_000; waited += 100) {
    for (const page of await h.browser.pages()) {
      if (before.has(page)) continue;
      // puppeteer may still report about:blank for it: ask the page itself.
      const href = await page.evaluate('location.href').catch(() => '');
      if (href === url) {
        await page.waitForFunction('document.readyState === "complete"');
        return page;
      }
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  throw new Error(`${url} did not open`);
}

/** Types into the field labelled `label` with real key presses (Preact sees input events). */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  // The page renders after it has read its settings: wait for the field.
  await page.waitForFunction(`[...document.querySelectorAll('label')].some((l) => l.textContent.trim() === ${JSON.stringify(label)})`, { timeout: 15_000 });
  const id = await page.evaluate(`(() => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
    return found ? found.htmlFor || (found.querySelector('input, textarea, select') || {}).id || '' : '';
  })()`);
  if (!id) throw new Error(`no field labelled ${label}`);
  await page.type(`#${String(id)}`, text);
}

/** Clicks the button or radio whose visible text or label is `name`. */
export async function clickNamed(page: Page, name: string): Promise<void> {
  await page.waitForFunction(`[...document.querySelectorAll('button, label')].some((el) => el.textContent.trim() === ${JSON.stringify(name)})`, { timeout: 15_000 });
  const clicked = await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(name)};
    const candidates = [...document.querySelectorAll('button, label')];
    const hit = candidates.find((el) => el.textContent.trim() === wanted);
    if (!hit) return false;
    hit.click();
    return true;
  })()`);
  if (!clicked) throw new Error(`nothing named ${name} to click`);
}

/** Waits for `text` anywhere in the page. */
export async function waitForText(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(`document.body && document.body.innerText.includes(${JSON.stringify(text)})`, { timeout });
}
