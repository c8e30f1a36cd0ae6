// `npm run bench`: one performance report. Not part of `npm test` (numbers depend on the machine).
// Builds dist/chrome, measures its bundles against the official Box SDK (installed outside the
// repository for the run), times the popup, the service worker and a send in headless Chromium
// against the Box emulator, the content script on a 5,000-row folder, and Bulk send (500 rows at Box's create
// limit, 5,000 rows queued). Prints the report, writes
// bench/results.json and rewrites bench/README.md from it. Exits non-zero when the background is not
// ≥ 20× smaller than the SDK.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBulk } from './bench/bulk';
import { measureContent } from './bench/content';
import { measureExtension } from './bench/extension';
import { measureRequests, requestsReport, type RequestsBench } from './bench/requests';
import { writeBenchReadme } from './bench/readme-file';
import { formatReport, gitCommit, machine, sdkGate, type Results } from './bench/report';
import { measureSdk } from './bench/sdk';
import { buildChrome, measureBuild, ROOT } from './bench/sizes';
import { EMPTY_PAGE, EMPTY_PAGE_HTML } from './bench/bench-session';
import { everything } from './bench/chunk-graph';
import { measureGuardKeystrokes } from './bench/guard';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const loadAtStart = loadavg()[0] ?? 0;
// Read before anything is written: the tree measured is the one at the start.
const commit = gitCommit(ROOT);
const log = (line: string) => console.error(`[bench] ${line}`);

const dist = join(mkdtempSync(join(tmpdir(), 'secure-sign-bench-build-')), 'chrome');
log(`vite build (as npm run build:chrome) → ${dist}`);
buildChrome(dist);
const sizes = measureBuild(dist);
// The yardstick page goes into the bench's copy only, after the sizes are measured.
writeFileSync(join(dist, EMPTY_PAGE), EMPTY_PAGE_HTML);
if (sizes.missing.length > 0) throw new Error(`The build references files it does not contain: ${sizes.missing.join(', ')}`);
log('box-typescript-sdk-gen: install and bundle');
const sdk = await measureSdk();
log(`extension in headless Chromium (${RUNS} runs)`);
const extension = await measureExtension(dist, RUNS, log);
log('content script on a 5,000-row folder');
const contentFile = (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> }).content_scripts[0]!.js[0]!;
const content = await measureContent(readFileSync(join(dist, contentFile), 'utf8'), RUNS);
log('bulk send: 500 rows at Box\'s create limit, and 5,000 rows queued');
const bulk = await measureBulk(dist, log);
log('All requests with 2,000 sign requests (walk, first screen)');
const requests = await measureRequests(dist, Math.min(RUNS, 7), log);
rmSync(join(dist, '..'), { recursive: true, force: true });
log('signer guard per keystroke (10 signers)');
measureGuardKeystrokes(10, 1); // warm-up
const guard = measureGuardKeystrokes(10, RUNS);

// The gate counts everything the background can load, lazy chunks included (it has none today).
const background = everything(sizes.entries.find((e) => e.entry === 'background')!);
const results: Results & { requests: RequestsBench } = {
  generatedAt: new Date().toISOString(),
  commit,
  machine: machine(extension.chromium, loadAtStart),
  sizes,
  sdk,
  gate: sdkGate(background, sdk.vite),
  extension,
  content,
  guard,
  bulk,
  requests,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeBenchReadme(ROOT);
console.log(formatReport(results));
console.log(`\n${requestsReport(requests)}`);
console.log('\nWritten to bench/results.json and bench/README.md.');
if (!results.gate.pass) {
  console.error(`\nFAIL: the background is ${results.gate.ratio.toFixed(1)}× smaller than the Box SDK; the requirement is ≥ ${results.gate.required}×.`);
  process.exitCode = 1;
}
