// The content-script part of `npm run bench` alone: `npx tsx scripts/bench-content.ts`. Builds
// dist/chrome as the bench does, so the report includes what a Box user pays for the built script
// (parse and run until its first answer is possible) beside the per-batch timings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentReport, measureContent } from './bench/content';
import { buildChrome } from './bench/sizes';

const dist = join(mkdtempSync(join(tmpdir(), 'secure-sign-bench-content-')), 'chrome');
try {
  buildChrome(dist);
  const file = (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> }).content_scripts[0]!.js[0]!;
  const results = await measureContent(readFileSync(join(dist, file), 'utf8'), Number(process.env['BENCH_RUNS'] ?? 15));
  console.log(`Chromium ${results.chromium}\n`);
  console.log(contentReport(results));
} finally {
  rmSync(join(dist, '..'), { recursive: true, force: true });
}
