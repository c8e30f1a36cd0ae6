// `npm run bench`: one performance report. Not part of `npm test` (numbers depend on the machine).
// Builds dist/chrome, measures its bundles against the official Box SDK (installed outside the
// repository for the run), times the popup, the service worker and a send in headless Chromium
// against the Box emulator, and the content script on a 5,000-row folder. Prints the report, writes
// bench/results.json and rewrites bench/README.md from it. Exits non-zero when the background is not
// ≥ 20× smaller than the SDK.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureContent } from './bench/content';
import { measureExtension } from './bench/extension';
import { measureRequests, requestsReport, requestsSection, type RequestsBench } from './bench/requests';
import { benchReadme, formatReport, gitCommit, machine, sdkGate, type Results } from './bench/report';
import { measureSdk } from './bench/sdk';
import { buildChrome, measureBuild, ROOT } from './bench/sizes';
import { everything } from './bench/chunk-graph';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const loadAtStart = loadavg()[0] ?? 0;
// Read before anything is written: the tree measured is the one at the start.
const commit = gitCommit(ROOT);
const log = (line: string) => console.error(`[bench] ${line}`);

const dist = join(mkdtempSync(join(tmpdir(), 'secure-sign-bench-build-')), 'chrome');
log(`vite build (as npm run build:chrome) → ${dist}`);
buildChrome(dist);
const sizes = measureBuild(dist);
if (sizes.missing.length > 0) throw new Error(`The build references files it does not contain: ${sizes.missing.join(', ')}`);
log('box-typescript-sdk-gen: install and bundle');
const sdk = await measureSdk();
log(`extension in headless Chromium (${RUNS} runs)`);
const extension = await measureExtension(dist, RUNS, log);
log('content script on a 5,000-row folder');
const content = await measureContent();
log('All requests with 2,000 sign requests (walk, first screen)');
const requests = await measureRequests(dist, Math.min(RUNS, 7), log);
rmSync(join(dist, '..'), { recursive: true, force: true });

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
  requests,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/README.md'), benchReadme(results) + requestsSection(requests));
console.log(formatReport(results));
console.log(`\n${requestsReport(requests)}`);
console.log('\nWritten to bench/results.json and bench/README.md.');
if (!results.gate.pass) {
  console.error(`\nFAIL: the background is ${results.gate.ratio.toFixed(1)}× smaller than the Box SDK; the requirement is ≥ ${results.gate.required}×.`);
  process.exitCode = 1;
}
