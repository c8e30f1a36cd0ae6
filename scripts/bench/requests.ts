// "All requests" with 2,000 sign requests in the emulator: the service worker's full list walk
// (GET /2.0/sign_requests, 1,000 a page, parsed and cached), and the page's first screen when the list is
// cached (navigation start → the first rows and the count shown), in headless Chromium. Its own module, so
// the rest of the bench is untouched; scripts/bench.ts runs it and adds its section to the report.
import type { Emulator } from '../../emulator/index';
import { start, type Session } from './bench-session';
import { summarize, textTable, type Summary } from './stats';

export const REQUEST_COUNT = 2_000;
/** The target for the first screen with a cached list. */
export const FIRST_SCREEN_TARGET_MS = 300;
const DAY = 24 * 60 * 60 * 1000;
const PAGE = 'src/requests/index.html';

export interface RequestsBench {
  requests: number;
  runs: number;
  /** GET /sign_requests calls per walk. */
  pagesPerWalk: number;
  /** The cached list in storage.local (JSON bytes). */
  cacheBytes: number;
  /** refreshRequests (forced, cache emptied) → answered: the whole walk, parse and write. */
  walk: Summary;
  /** Navigation start → the first rows on screen, list cached. */
  firstScreen: Summary;
}

/** Runs in the requests page before its scripts: when the first rows are on screen (the count follows). */
const PROBE = `(() => {
  if (!location.pathname.endsWith('/requests/index.html')) return;
  const bench = (window.__requestsBench = {});
  const observer = new MutationObserver(() => {
    if (document.querySelector('.request-name')) {
      bench.firstScreen = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** A history of requests made in the web app, in the states a real account has. */
function seed(em: Emulator): void {
  const ids: string[] = [];
  for (let i = 0; i < REQUEST_COUNT; i++) {
    const signers = Array.from({ length: 1 + (i % 4) }, (_, j) => ({ email: `signer${i}-${j}@example.org`, order: i % 3 === 0 ? j + 1 : 0 }));
    ids.push(em.addWebAppRequest({ fileIds: ['1000000001'], name: `Agreement ${i}`, signers, daysValid: i % 5 === 0 ? 30 : undefined, ageMs: (REQUEST_COUNT - i) * 60 * 60 * 1000 % (300 * DAY) }));
  }
  em.advance(3_000);
  ids.forEach((id, i) => {
    if (i % 5 === 0) return; // 30 days valid: the older ones have expired, the rest are waiting
    const first = `signer${i}-0@example.org`;
    if (i % 7 === 0) em.signerDeclines(id, first, 'Please change clause 4');
    else if (i % 3 === 1) em.signerSigns(id, first);
    else if (i % 2 === 0) em.signerViews(id, first);
  });
  em.advance(3_000);
}

const send = (s: Session, type: string, data: object) =>
  s.control.evaluate(async (message) => {
    const t0 = performance.now();
    const answer = await chrome.runtime.sendMessage(message);
    return { ms: performance.now() - t0, answer: answer as { ok: boolean } };
  }, { type, data });

export async function measureRequests(dist: string, runs: number, log: (line: string) => void): Promise<RequestsBench> {
  const s = await start(dist);
  try {
    await s.context.addInitScript({ content: PROBE });
    seed(s.emulator);
    log(`${REQUEST_COUNT} requests seeded`);
    const walks: number[] = [];
    let pagesPerWalk = 0;
    for (let i = 0; i < runs; i++) {
      await s.control.evaluate(() => chrome.storage.local.remove('requests'));
      const before = s.emulator.requests.length;
      const { ms, answer } = await send(s, 'refreshRequests', { force: true });
      if (!answer.ok) throw new Error(`refreshRequests failed: ${JSON.stringify(answer)}`);
      pagesPerWalk = s.emulator.requests.slice(before).filter((r) => r.method === 'GET' && r.path === '/2.0/sign_requests').length;
      walks.push(ms);
    }
    const cacheBytes = await s.control.evaluate(async () => JSON.stringify(await chrome.storage.local.get('requests')).length);
    const firsts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/${PAGE}`);
      await page.locator('.request-name').first().waitFor();
      firsts.push(await page.evaluate(() => (window as unknown as { __requestsBench: { firstScreen: number } }).__requestsBench.firstScreen));
      await page.close();
    }
    return { requests: REQUEST_COUNT, runs, pagesPerWalk, cacheBytes, walk: summarize(walks), firstScreen: summarize(firsts) };
  } finally {
    await s.close();
  }
}

const ms = (v: number) => v.toFixed(1);

/** The report's section (Markdown), written after the rest by scripts/bench.ts. */
export function requestsSection(r: RequestsBench): string {
  const table = [
    '| measure | runs | median ms | p95 ms | max ms | target |',
    '|---|---:|---:|---:|---:|---|',
    `| full list walk (${r.pagesPerWalk} GETs, parse, cache) | ${r.walk.n} | ${ms(r.walk.median)} | ${ms(r.walk.p95)} | ${ms(r.walk.max)} | – |`,
    `| first screen, list cached | ${r.firstScreen.n} | ${ms(r.firstScreen.median)} | ${ms(r.firstScreen.p95)} | ${ms(r.firstScreen.max)} | < ${FIRST_SCREEN_TARGET_MS} ms: ${r.firstScreen.p95 < FIRST_SCREEN_TARGET_MS ? 'yes' : 'no'} |`,
  ];
  return [
    '',
    `### All requests (${r.requests.toLocaleString('en')} sign requests)`,
    '',
    `\`scripts/bench/requests.ts\`: the emulator holds ${r.requests.toLocaleString('en')} requests made in the web app (signed, declined, viewed, waiting).`,
    'The walk is `refreshRequests` with the cache emptied, timed from an extension page; the first screen is',
    `navigation start → the first rows shown, with the list cached (${(r.cacheBytes / 1024).toFixed(0)} kB in storage.local).`,
    '',
    ...table,
    '',
  ].join('\n');
}

export function requestsReport(r: RequestsBench): string {
  return textTable(['All requests (2,000)', 'runs', 'median ms', 'p95 ms', 'max ms'], [
    [`walk (${r.pagesPerWalk} GETs)`, String(r.walk.n), ms(r.walk.median), ms(r.walk.p95), ms(r.walk.max)],
    ['first screen, cached', String(r.firstScreen.n), ms(r.firstScreen.median), ms(r.firstScreen.p95), ms(r.firstScreen.max)],
  ]);
}
