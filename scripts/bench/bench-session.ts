// A headless Chromium session for the bench: the built extension against the Box emulator, signed in,
// with a probe in every page that times when the popup's form becomes usable. Reuses the end-to-end
// harness's launch flags and sign-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page } from 'playwright-core';
import { startEmulator, type Emulator, type RecordedRequest } from '../../emulator/index';
import { CHROMIUM, chromiumArgs, connectWithDeveloperToken, type Harness } from '../../test/e2e/harness';

/** The form is usable: the first signer's email field exists, is enabled and editable. Language-independent. */
const READY_SELECTOR = 'form fieldset.signer input[type="email"]:enabled:not([readonly])';

/** Logged by the probe once the form is usable: Node waits for it without running anything in the page. */
const READY_MESSAGE = 'secure-sign-bench:ready';
/** Logged instead when the probe starts with the form already usable: when it became so is unknown. */
const LATE_MESSAGE = 'secure-sign-bench:late';

/**
 * Runs in every page before its scripts: records when the sending form first becomes usable (ms since
 * navigation start) and the moment Send is pressed (epoch ms). Plain JavaScript text, not a serialised
 * function: tsx would wrap a function's inner names in a helper the page does not have.
 *
 * "Before its scripts" is Playwright's promise for init scripts, and on a busy machine it sometimes
 * starts one late in a window opened by `windows.create` (seen: 87 ms after navigation start, the
 * document complete and the form there). Such an opening cannot be timed: the probe says so.
 */
const PAGE_PROBE = `(() => {
  if (!location.pathname.endsWith('/popup/index.html')) return;
  const bench = (window.__bench = {});
  const selector = ${JSON.stringify(READY_SELECTOR)};
  if (document.querySelector(selector)) {
    bench.late = true;
    console.debug(${JSON.stringify(LATE_MESSAGE)});
    return;
  }
  const observer = new MutationObserver(() => {
    if (bench.ready === undefined && document.querySelector(selector)) {
      bench.ready = performance.now();
      observer.disconnect();
      console.debug(${JSON.stringify(READY_MESSAGE)});
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('click', (event) => {
    if (event.target && event.target.closest && event.target.closest('button[type="submit"]')) bench.pressed = performance.timeOrigin + performance.now();
  }, true);
})();`;

export interface Session {
  emulator: Emulator;
  context: BrowserContext;
  control: Page;
  cdp: CDPSession;
  extensionId: string;
  /** High-resolution Node time (epoch ms) at which the emulator recorded each request. */
  arrivals: Map<RecordedRequest, number>;
  close(): Promise<void>;
}

export const epochNow = () => performance.timeOrigin + performance.now();

export async function start(dist: string): Promise<Session> {
  const emulator = await startEmulator({ port: 0 });
  const arrivals = new Map<RecordedRequest, number>();
  const push = emulator.requests.push.bind(emulator.requests);
  emulator.requests.push = (...items: RecordedRequest[]) => {
    const at = epochNow();
    for (const item of items) arrivals.set(item, at);
    return push(...items);
  };
  const profile = mkdtempSync(join(tmpdir(), 'secure-sign-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(emulator.port, dist),
    viewport: { width: 1100, height: 760 },
  });
  await context.addInitScript({ content: PAGE_PROBE });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  const close = async () => {
    await context.close();
    await emulator.close();
    rmSync(profile, { recursive: true, force: true });
  };
  const harness: Harness = { emulator, context, worker, extensionId, url, close };
  await connectWithDeveloperToken(harness);
  // An extension page that stays open: it opens the sending windows and messages the worker.
  const control = await context.newPage();
  await control.goto(url('src/options/index.html'));
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  return { emulator, context, control, cdp, extensionId, arrivals, close };
}

/** Stops the extension's service worker through CDP and waits until Chromium reports it stopped. */
export async function stopWorker(s: Session): Promise<void> {
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The service worker did not stop')), 10_000);
    const onUpdate = (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (event.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${s.extensionId}/`) && v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        s.cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    s.cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await s.cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

export async function openPopup(s: Session, box: Page, path = 'src/popup/index.html'): Promise<Page> {
  await box.bringToFront();
  const opened = s.context.waitForEvent('page');
  await s.control.evaluate((url) => chrome.windows.create({ type: 'popup', url, width: 400, height: 640 }), `chrome-extension://${s.extensionId}/${path}`);
  return opened;
}

/**
 * An extension page with nothing in it, written into the bench's copy of the build only: what any
 * extension page costs to open on this machine, the yardstick the popup is measured against.
 */
export const EMPTY_PAGE = 'bench-empty.html';
export const EMPTY_PAGE_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><div id="app"></div></body></html>\n';

/** Opens the empty page the way the popup is opened (after `prepare`): navigation start → DOMContentLoaded end. */
export async function emptyPageTiming(s: Session, box: Page, prepare: () => Promise<void> = async () => undefined): Promise<number> {
  await prepare();
  const page = await openPopup(s, box, EMPTY_PAGE);
  await page.waitForLoadState('domcontentloaded');
  const { domContentLoaded } = await readTimes(page);
  await page.close();
  return domContentLoaded;
}

/**
 * The probe's message: "ready", or "late". Not page.waitForFunction: that injects Playwright's own
 * script (over 300 kB) into the page and polls it every frame, on the popup's main thread while it starts.
 */
function probeMessage(s: Session): Promise<'ready' | 'late'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.context.off('console', onConsole);
      reject(new Error('The popup did not become usable within 15 s'));
    }, 15_000);
    const onConsole = (message: ConsoleMessage) => {
      const text = message.text();
      if (text !== READY_MESSAGE && text !== LATE_MESSAGE) return;
      clearTimeout(timer);
      s.context.off('console', onConsole);
      resolve(text === READY_MESSAGE ? 'ready' : 'late');
    };
    s.context.on('console', onConsole);
  });
}

export type PopupTiming = { interactive: number; domContentLoaded: number; page: Page };

/**
 * Opens the popup (after `prepare`, e.g. stopping the worker) until the probe times it; an opening
 * whose probe started late is closed, counted in `late`, and done again. Only openings whose form was
 * usable before the probe started are left out, so if anything this leaves out fast ones.
 */
export async function popupTiming(s: Session, box: Page, late: { count: number } = { count: 0 }, prepare: () => Promise<void> = async () => undefined): Promise<PopupTiming> {
  for (let attempt = 0; ; attempt++) {
    await prepare();
    const message = probeMessage(s); // listening before the popup opens: one popup at a time
    message.catch(() => undefined); // awaited below; no unhandled rejection if opening fails first
    const page = await openPopup(s, box);
    if ((await message) === 'ready') return { ...(await readTimes(page)), page };
    late.count += 1;
    await page.close();
    if (attempt === 19) throw new Error('The probe started late in 20 openings in a row');
  }
}

async function readTimes(page: Page): Promise<{ interactive: number; domContentLoaded: number }> {
  return page.evaluate(() => ({
    interactive: (window as unknown as { __bench?: { ready: number } }).__bench?.ready ?? NaN,
    domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
}

/** Time for one `listSent` message (storage only, no network) from an extension page, answered. */
export async function messageRoundTrip(s: Session): Promise<number> {
  return s.control.evaluate(async () => {
    const t0 = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'listSent', data: {} })) as { ok?: boolean } | undefined;
    if (!reply?.ok) throw new Error(`listSent was not answered: ${JSON.stringify(reply)}`);
    return performance.now() - t0;
  });
}
