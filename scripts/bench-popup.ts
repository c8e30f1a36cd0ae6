// Issue 13's popup ratio alone: `npx tsx scripts/bench-popup.ts` (BENCH_RUNS=15 by default). Builds
// dist/chrome as `npm run bench` does, prints what the popup loads as it starts (gzipped) and times it
// against an empty extension page opened the same way in the same run: popup usable ÷ empty page's
// DOMContentLoaded, medians of both worker states. `npm run bench` measures the same, among the rest.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_PAGE, EMPTY_PAGE_HTML } from './bench/bench-session';
import { measurePopupAlone } from './bench/extension';
import { describeCommit, gitCommit, POPUP_TARGET_RATIO } from './bench/report';
import { buildChrome, measureBuild, ROOT } from './bench/sizes';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const log = (line: string) => console.error(`[bench-popup] ${line}`);
const commit = describeCommit(gitCommit(ROOT));
const loadAtStart = loadavg()[0] ?? 0;

const dist = join(mkdtempSync(join(tmpdir(), 'secure-sign-bench-popup-')), 'chrome');
try {
  buildChrome(dist);
  const popup = measureBuild(dist).entries.find((e) => e.entry === 'popup')!;
  writeFileSync(join(dist, EMPTY_PAGE), EMPTY_PAGE_HTML);
  const { chromium, popup: t } = await measurePopupAlone(dist, RUNS, log);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`${commit}; ${chromium}; load average ${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end`);
  console.log(`popup as it starts: ${(popup.gzip / 1024).toFixed(2)} KB gzipped (${popup.files.length} files)`);
  console.log(`worker running: popup usable ${ms(t.warm.interactive.median)} (DOMContentLoaded ${ms(t.warm.domContentLoaded.median)}), empty page ${ms(t.emptyPage.warm.median)}`);
  console.log(`worker stopped: popup usable ${ms(t.cold.interactive.median)} (DOMContentLoaded ${ms(t.cold.domContentLoaded.median)}), empty page ${ms(t.emptyPage.cold.median)}`);
  console.log(`popup usable ÷ empty page DOMContentLoaded: ${t.ratio.toFixed(2)}× (target ≤ ${POPUP_TARGET_RATIO}×: ${t.ratio <= POPUP_TARGET_RATIO ? 'met' : 'NOT met'}), ${RUNS} openings each`);
} finally {
  rmSync(join(dist, '..'), { recursive: true, force: true });
}
