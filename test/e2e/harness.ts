// Loads the built extension into Debian's Chromium (headless) with the Box hosts resolved to
// the local Box emulator. Nothing here downloads a browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index';
import { findLeaks, harvest, newSecrets } from './leak-check';

export const DIST = process.env['SECURE_SIGN_DIST'] ?? resolve(import.meta.dirname, '../../dist/chrome');
/** The same build plus a hook for what headless Chromium cannot do (click a native context menu). */
export const DIST_E2E = resolve(import.meta.dirname, '../../dist/chrome-e2e');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const BOX_HOSTS = ['api.box.com', 'account.box.com', 'app.box.com', '*.app.box.com', '*.ent.box.com'];

export interface Harness {
  emulator: Emulator;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url(path: string): string;
  close(): Promise<void>;
}

export function chromiumArgs(port: number, dist = DIST): string[] {
  const rules = BOX_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
  ];
}

export async function launch(options: { headless?: boolean; dist?: string } = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run \`npm run build\` (and \`npm run build:e2e\`) first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
  const emulator = await startEmulator({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'secure-sign-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: chromiumArgs(emulator.port, dist),
    viewport: { width: 1100, height: 760 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const consoleLines: string[] = [];
  worker.on('console', (m) => consoleLines.push(m.text()));
  const watch = (page: Page) => page.on('console', (m) => consoleLines.push(m.text()));
  context.pages().forEach(watch);
  context.on('page', watch);
  const violations = await watchCspViolations(context, worker, `chrome-extension://${extensionId}/`);
  // Tests clear the request log between steps: take the secrets out of it first.
  const secrets = newSecrets();
  const clearRequests = emulator.clearRequests.bind(emulator);
  emulator.clearRequests = () => {
    harvest(emulator.requests, secrets);
    clearRequests();
  };
  return {
    emulator,
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      harvest(emulator.requests, secrets);
      const areas = await worker
        .evaluate(async () => ({
          local: JSON.stringify(await chrome.storage.local.get(null)),
          session: JSON.stringify(await chrome.storage.session.get(null)),
          sync: JSON.stringify(await chrome.storage.sync.get(null)),
        }))
        .catch(() => null);
      violations.push(...(await workerViolations(worker)));
      await context.close();
      await emulator.close();
      rmSync(profile, { recursive: true, force: true });
      if (!areas) throw new Error('Could not read the extension storage to check it for leaked secrets.');
      const leaks = findLeaks({ ...areas, console: consoleLines.join('\n') }, secrets);
      if (leaks.length > 0) throw new Error(`Secrets leaked: ${[...new Set(leaks)].join('; ')}`);
      if (violations.length > 0) throw new Error(`Content Security Policy violations in the extension: ${violations.join('; ')}`);
    },
  };
}

const CSP_BINDING = '__secureSignCspViolation';
type CspWorkerScope = { __secureSignCsp?: string[] };

/**
 * Collects every `securitypolicyviolation` in the extension's own pages (popup, options…) and, from
 * the moment the harness can reach it, its service worker; `close()` fails the test on any. A
 * violation the CSP blocked may be harmless where it happens (zod's caught `new Function` probe),
 * but the browser reports it to the user and to any reporting endpoint, so none is allowed.
 */
async function watchCspViolations(context: BrowserContext, worker: Worker, origin: string): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding(CSP_BINDING, ({ page }, text: string) => {
    const url = page?.url() ?? '';
    if (url.startsWith(origin)) violations.push(`${url.slice(origin.length)}: ${text}`);
  });
  await context.addInitScript((name) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (globalThis as unknown as Record<string, (text: string) => void>)[name]?.(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_BINDING);
  await worker.evaluate(() => {
    self.addEventListener('securitypolicyviolation', (e) => {
      const scope = self as unknown as CspWorkerScope;
      (scope.__secureSignCsp ??= []).push(`service worker: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

async function workerViolations(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => (self as unknown as CspWorkerScope).__secureSignCsp ?? []).catch(() => []);
}

/** The seeded file most tests send. */
export const DEMO_FILE = { id: '1000000001', name: 'NDA - Acme.pdf' };

/** The user's Box tab on a file page, then the sending UI over it, once it shows that file. */
export async function openSendingUiOnFile(h: Harness, file: { id: string; name: string } = DEMO_FILE): Promise<Page> {
  const box = await h.context.newPage();
  await box.goto(`https://acme.app.box.com/file/${file.id}`);
  await box.bringToFront();
  const ui = await openSendingWindow(h);
  await ui.getByText(file.name, { exact: true }).first().waitFor();
  return ui;
}

/** Opens the sending UI the way the context menu does: an extension popup window. */
export async function openSendingWindow(h: Harness): Promise<Page> {
  const opened = h.context.waitForEvent('page');
  await h.worker.evaluate((url) => chrome.windows.create({ type: 'popup', url, width: 400, height: 640 }), h.url('src/popup/index.html'));
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

export async function connectWithDeveloperToken(h: Harness): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  await page.getByLabel('Developer token').fill(h.emulator.issueDeveloperToken());
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByText(/Ada Lovelace/).first().waitFor();
  await page.close();
}

export async function connectWithOAuth(h: Harness, app: { clientId: string; clientSecret: string }): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  await page.getByLabel('Client ID').fill(app.clientId);
  await page.getByLabel('Client secret').fill(app.clientSecret);
  const consent = h.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const consentPage = await consent;
  await consentPage.getByRole('button', { name: 'Grant access to Box' }).click();
  await page.getByText(/Ada Lovelace/).first().waitFor();
  await page.close();
}

/** The sign-request POSTs the emulator received, parsed. */
export function signRequestPosts(emulator: Emulator): Array<Record<string, unknown>> {
  return emulator.requests
    .filter((r) => r.method === 'POST' && r.host === 'api.box.com' && r.path === '/2.0/sign_requests')
    .map((r) => r.body as Record<string, unknown>);
}

type WorkerVersion = { versionId: string; scriptURL: string; runningStatus: string };

/**
 * The extension's service worker as DevTools sees it, through the `ServiceWorker` domain of an
 * extension page (same origin as the worker). Close it when done.
 */
export async function workerControl(h: Harness): Promise<{ status(): string | undefined; stop(): Promise<void>; close(): Promise<void> }> {
  const page = await quietExtensionPage(h);
  const cdp: CDPSession = await h.context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(h.url(''))) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versions.size, { timeout: 5_000 }).toBeGreaterThan(0);
  const status = () => [...versions.values()].at(-1)?.runningStatus;
  return {
    status,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(status, { timeout: 10_000 }).toBe('stopped');
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/**
 * Stops the extension's service worker as Chrome does an idle or killed one (DevTools
 * `ServiceWorker.stopAllWorkers`: in-flight fetches and open message channels die with it, the
 * in-memory state is gone). It starts again on the next event; Playwright keeps the same `Worker`
 * (DevTools keeps the target), whose evaluate waits until it runs again, so wake it first.
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const control = await workerControl(h);
  try {
    await control.stop();
  } finally {
    await control.close();
  }
}

/** Starts the stopped worker again with a harmless message from an extension page, as the popup would. */
export async function wakeServiceWorker(h: Harness): Promise<void> {
  const control = await workerControl(h);
  try {
    const page = await quietExtensionPage(h);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'listSent', data: {} }));
    await page.close();
    await expect.poll(control.status, { timeout: 10_000 }).toBe('running');
  } finally {
    await control.close();
  }
}

/**
 * A page of the extension's origin that sends the worker nothing by itself (a packaged file, not
 * the popup or options page), for reading storage and alarms without waking a stopped worker.
 */
export async function quietExtensionPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('managed_schema.json'));
  return page;
}
