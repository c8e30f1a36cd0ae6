// Timings of the built extension (dist/chrome) in Debian's headless Chromium against the Box
// emulator: popup time to interactive, service-worker start, and the overhead of a send compared
// with a plain HTTPS POST from Node. Reuses the end-to-end harness's launch flags and sign-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page } from 'playwright-core';
import { startEmulator, type Emulator, type RecordedRequest } from '../../emulator/index';
import { CHROMIUM, chromiumArgs, connectWithDeveloperToken, type Harness } from '../../test/e2e/harness';
import { clockOffset, summarize, type Summary } from './stats';

const FILE_ID = '1000000001';
const FILE_PAGE = `https://acme.app.box.com/file/${FILE_ID}`;
/** The form is usable: the first signer's email field exists, is enabled and editable. Language-independent. */
const READY_SELECTOR = 'form fieldset.signer input[type="email"]:enabled:not([readonly])';
const SIGN_REQUESTS = '/2.0/sign_requests';

export interface ExtensionTimings {
  chromium: string;
  runs: number;
  popup: {
    warm: PopupSummary;
    cold: PopupSummary;
    /** Openings not counted because the probe started after the form was already usable (then opened again). */
    lateProbes: number;
  };
  serviceWorker: { cold: Summary; warm: Summary; start: Summary };
  send: { extension: Summary; plainPost: Summary; ratio: number; clockError: number };
}

export interface PopupSummary {
  /** Navigation start → the form usable. */
  interactive: Summary;
  /** Navigation start → DOMContentLoaded end (scripts loaded and run). */
  domContentLoaded: Summary;
}

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

interface Session {
  emulator: Emulator;
  context: BrowserContext;
  control: Page;
  cdp: CDPSession;
  extensionId: string;
  /** High-resolution Node time (epoch ms) at which the emulator recorded each request. */
  arrivals: Map<RecordedRequest, number>;
  close(): Promise<void>;
}

const epochNow = () => performance.timeOrigin + performance.now();

async function start(dist: string): Promise<Session> {
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
async function stopWorker(s: Session): Promise<void> {
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

async function openPopup(s: Session, box: Page): Promise<Page> {
  await box.bringToFront();
  const opened = s.context.waitForEvent('page');
  await s.control.evaluate(
    (url) => chrome.windows.create({ type: 'popup', url, width: 400, height: 640 }),
    `chrome-extension://${s.extensionId}/src/popup/index.html`,
  );
  return opened;
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

type PopupTiming = { interactive: number; domContentLoaded: number; page: Page };

/**
 * Opens the popup (after `prepare`, e.g. stopping the worker) until the probe times it; an opening
 * whose probe started late is closed, counted in `late`, and done again. Only openings whose form was
 * usable before the probe started are left out, so if anything this leaves out fast ones.
 */
async function popupTiming(s: Session, box: Page, late: { count: number } = { count: 0 }, prepare: () => Promise<void> = async () => undefined): Promise<PopupTiming> {
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
    interactive: (window as unknown as { __bench: { ready: number } }).__bench.ready,
    domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
}

/** Time for one `listSent` message (storage only, no network) from an extension page, answered. */
async function messageRoundTrip(s: Session): Promise<number> {
  return s.control.evaluate(async () => {
    const t0 = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'listSent', data: {} })) as { ok?: boolean } | undefined;
    if (!reply?.ok) throw new Error(`listSent was not answered: ${JSON.stringify(reply)}`);
    return performance.now() - t0;
  });
}

async function waitForArrival(s: Session, after: number): Promise<RecordedRequest> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = s.emulator.requests.slice(after).find((r) => r.method === 'POST' && r.path === SIGN_REQUESTS);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('The emulator received no sign request');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Offset of the page's epoch clock from Node's, from the fastest of several round trips. */
async function pageClockOffset(page: Page): Promise<{ offset: number; error: number }> {
  const probes = [];
  for (let i = 0; i < 15; i++) {
    const sent = epochNow();
    const remote = await page.evaluate(() => performance.timeOrigin + performance.now());
    probes.push({ sent, remote, received: epochNow() });
  }
  return clockOffset(probes);
}

function plainPost(agent: Agent, port: number, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = epochNow();
    const req = request(
      { host: '127.0.0.1', port, servername: 'api.box.com', path: SIGN_REQUESTS, method: 'POST', agent, rejectUnauthorized: false, headers: { ...headers, host: 'api.box.com', 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(t0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function measureExtension(dist: string, runs = 15, log: (line: string) => void = () => undefined): Promise<ExtensionTimings> {
  const s = await start(dist);
  try {
    const version = (await s.cdp.send('Browser.getVersion')).product;
    const box = await s.context.newPage();
    await box.goto(FILE_PAGE);

    // Popup, worker running (it answered the control page a moment ago).
    const warm = { interactive: [] as number[], domContentLoaded: [] as number[] };
    const cold = { interactive: [] as number[], domContentLoaded: [] as number[] };
    const late = { count: 0 };
    await popupTiming(s, box).then((t) => t.page.close()); // first opening: fills caches, not counted
    for (let i = 0; i < runs; i++) {
      // Each attempt starts with the worker running (it just answered) or stopped.
      const w = await popupTiming(s, box, late, () => messageRoundTrip(s).then(() => undefined));
      warm.interactive.push(w.interactive);
      warm.domContentLoaded.push(w.domContentLoaded);
      await w.page.close();
      const c = await popupTiming(s, box, late, () => stopWorker(s));
      cold.interactive.push(c.interactive);
      cold.domContentLoaded.push(c.domContentLoaded);
      await c.page.close();
    }
    log(`popup: ${runs} warm + ${runs} cold openings${late.count > 0 ? ` (and ${late.count} not timed: the probe started late)` : ''}`);

    // Service worker: a stopped worker woken by a message, against the same message answered warm.
    const swCold: number[] = [];
    const swWarm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await stopWorker(s);
      swCold.push(await messageRoundTrip(s));
      swWarm.push(await messageRoundTrip(s));
    }
    log(`service worker: ${runs} starts`);

    // Send: press Send in the popup → the emulator has the request; then the same body from Node.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const extension: number[] = [];
    const plain: number[] = [];
    let clockError = 0;
    for (let i = 0; i < runs + 1; i++) {
      const { page } = await popupTiming(s, box);
      await page.getByLabel('Signer email').fill(`signer${i}@example.org`);
      await page.getByRole('radio', { name: /SMS/ }).check();
      await page.getByLabel('Phone number').fill('(415) 555-2671');
      const clock = await pageClockOffset(page);
      const before = s.emulator.requests.length;
      await page.locator('form button[type="submit"]').click();
      const arrived = await waitForArrival(s, before);
      const pressed = await page.evaluate(() => (window as unknown as { __bench: { pressed?: number } }).__bench.pressed);
      if (pressed === undefined) throw new Error('The Send press was not seen');
      await page.getByText(/Preparing the document|Sent to the signer/).first().waitFor();
      await page.close();

      const body = JSON.stringify({ ...(arrived.body as object), external_id: `secure-sign-plain-${i}` });
      const headers = { authorization: arrived.headers['authorization']!, 'content-type': 'application/json' };
      if (i === 0) {
        await plainPost(agent, s.emulator.port, headers, body); // opens the keep-alive connection, as the browser's is
        continue; // the first send warms both sides up
      }
      extension.push(s.arrivals.get(arrived)! - (pressed - clock.offset));
      clockError = Math.max(clockError, clock.error);
      const beforePlain = s.emulator.requests.length;
      const t0 = await plainPost(agent, s.emulator.port, headers, body);
      const plainArrival = await waitForArrival(s, beforePlain);
      plain.push(s.arrivals.get(plainArrival)! - t0);
    }
    agent.destroy();
    log(`send: ${runs} sends and ${runs} plain POSTs`);

    const sendSummary = summarize(extension);
    const plainSummary = summarize(plain);
    return {
      chromium: version,
      runs,
      popup: {
        warm: { interactive: summarize(warm.interactive), domContentLoaded: summarize(warm.domContentLoaded) },
        cold: { interactive: summarize(cold.interactive), domContentLoaded: summarize(cold.domContentLoaded) },
        lateProbes: late.count,
      },
      serviceWorker: { cold: summarize(swCold), warm: summarize(swWarm), start: summarize(swCold.map((c, i) => c - swWarm[i]!)) },
      send: { extension: sendSummary, plainPost: plainSummary, ratio: sendSummary.median / plainSummary.median, clockError },
    };
  } finally {
    await s.close();
  }
}
