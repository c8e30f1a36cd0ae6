// Timings of the built extension (dist/chrome) in Debian's headless Chromium against the Box
// emulator: popup time to interactive, service-worker start, and the overhead of a send compared
// with a plain HTTPS POST from Node. The browser session and the popup probe are in bench-session.ts.
import { Agent, request } from 'node:https';
import type { Page } from 'playwright-core';
import type { RecordedRequest } from '../../emulator/index';
import { emptyPageTiming, epochNow, messageRoundTrip, popupTiming, start, stopWorker, type Session } from './bench-session';
import { clockOffset, summarize, type Summary } from './stats';

const FILE_ID = '1000000001';
const FILE_PAGE = `https://acme.app.box.com/file/${FILE_ID}`;
const SIGN_REQUESTS = '/2.0/sign_requests';

export interface ExtensionTimings {
  chromium: string;
  runs: number;
  popup: {
    warm: PopupSummary;
    cold: PopupSummary;
    /**
     * An empty extension page opened the same way in the same run, alternating with the popup:
     * navigation start → DOMContentLoaded, with the worker running and stopped.
     */
    emptyPage: { warm: Summary; cold: Summary };
    /** Popup usable ÷ empty page's DOMContentLoaded, medians of both worker states (issue 13: ≤ 1.5). */
    ratio: number;
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

type Log = (line: string) => void;

export async function measureExtension(dist: string, runs = 15, log: Log = () => undefined): Promise<ExtensionTimings> {
  const s = await start(dist);
  try {
    const version = (await s.cdp.send('Browser.getVersion')).product;
    const box = await s.context.newPage();
    await box.goto(FILE_PAGE);
    const popup = await measurePopup(s, box, runs, log);
    const serviceWorker = await measureWorker(s, runs, log);
    const send = await measureSend(s, box, runs, log);
    return { chromium: version, runs, popup, serviceWorker, send };
  } finally {
    await s.close();
  }
}

/** The popup against the empty page alone (`scripts/bench-popup.ts`): a few minutes rather than the whole bench's. */
export async function measurePopupAlone(dist: string, runs = 15, log: Log = () => undefined): Promise<{ chromium: string; popup: ExtensionTimings['popup'] }> {
  const s = await start(dist);
  try {
    const chromium = (await s.cdp.send('Browser.getVersion')).product;
    const box = await s.context.newPage();
    await box.goto(FILE_PAGE);
    return { chromium, popup: await measurePopup(s, box, runs, log) };
  } finally {
    await s.close();
  }
}

/** Openings with the worker running (it answered a message a moment ago) and stopped, alternately. */
async function measurePopup(s: Session, box: Page, runs: number, log: Log): Promise<ExtensionTimings['popup']> {
  const warm = { interactive: [] as number[], domContentLoaded: [] as number[] };
  const cold = { interactive: [] as number[], domContentLoaded: [] as number[] };
  const late = { count: 0 };
  const empty = { warm: [] as number[], cold: [] as number[] };
  await popupTiming(s, box).then((t) => t.page.close()); // first opening: fills caches, not counted
  await emptyPageTiming(s, box);
  const openOnce = async (into: typeof warm, prepare: () => Promise<void>) => {
    const t = await popupTiming(s, box, late, prepare);
    into.interactive.push(t.interactive);
    into.domContentLoaded.push(t.domContentLoaded);
    await t.page.close();
  };
  const running = () => messageRoundTrip(s).then(() => undefined);
  for (let i = 0; i < runs; i++) {
    await openOnce(warm, running);
    empty.warm.push(await emptyPageTiming(s, box, running));
    await openOnce(cold, () => stopWorker(s));
    empty.cold.push(await emptyPageTiming(s, box, () => stopWorker(s)));
  }
  log(`popup: ${runs} warm + ${runs} cold openings${late.count > 0 ? ` (and ${late.count} not timed: the probe started late)` : ''}`);
  const summary = (t: typeof warm): PopupSummary => ({ interactive: summarize(t.interactive), domContentLoaded: summarize(t.domContentLoaded) });
  const emptyPage = { warm: summarize(empty.warm), cold: summarize(empty.cold) };
  const both = (a: Summary, b: Summary) => a.median + b.median;
  const popup = { warm: summary(warm), cold: summary(cold) };
  const ratio = both(popup.warm.interactive, popup.cold.interactive) / both(emptyPage.warm, emptyPage.cold);
  log(`popup ÷ empty page: ${ratio.toFixed(2)}×`);
  return { ...popup, emptyPage, ratio, lateProbes: late.count };
}

/** A stopped worker woken by a message, against the same message answered warm. */
async function measureWorker(s: Session, runs: number, log: Log): Promise<ExtensionTimings['serviceWorker']> {
  const swCold: number[] = [];
  const swWarm: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopWorker(s);
    swCold.push(await messageRoundTrip(s));
    swWarm.push(await messageRoundTrip(s));
  }
  log(`service worker: ${runs} starts`);
  return { cold: summarize(swCold), warm: summarize(swWarm), start: summarize(swCold.map((c, i) => c - swWarm[i]!)) };
}

/** Press Send in the popup → the emulator has the request; then the same body from Node. */
async function measureSend(s: Session, box: Page, runs: number, log: Log): Promise<ExtensionTimings['send']> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const extension: number[] = [];
  const plain: number[] = [];
  let clockError = 0;
  for (let i = 0; i < runs + 1; i++) {
    const sent = await sendFromPopup(s, box, i);
    const body = JSON.stringify({ ...(sent.arrived.body as object), external_id: `secure-sign-plain-${i}` });
    const headers = { authorization: sent.arrived.headers['authorization']!, 'content-type': 'application/json' };
    if (i === 0) {
      await plainPost(agent, s.emulator.port, headers, body); // opens the keep-alive connection, as the browser's is
      continue; // the first send warms both sides up
    }
    extension.push(s.arrivals.get(sent.arrived)! - (sent.pressed - sent.clock.offset));
    clockError = Math.max(clockError, sent.clock.error);
    const beforePlain = s.emulator.requests.length;
    const t0 = await plainPost(agent, s.emulator.port, headers, body);
    plain.push(s.arrivals.get(await waitForArrival(s, beforePlain))! - t0);
  }
  agent.destroy();
  log(`send: ${runs} sends and ${runs} plain POSTs`);
  const sendSummary = summarize(extension);
  const plainSummary = summarize(plain);
  return { extension: sendSummary, plainPost: plainSummary, ratio: sendSummary.median / plainSummary.median, clockError };
}

/** One send from a fresh popup: what the emulator received, when Send was pressed (page clock), and the clock offset. */
async function sendFromPopup(s: Session, box: Page, i: number) {
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
  return { arrived, pressed, clock };
}
