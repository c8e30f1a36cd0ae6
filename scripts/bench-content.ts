// The content-script part of `npm run bench` alone: `npx tsx scripts/bench-content.ts`.
import { contentReport, measureContent } from './bench/content';

const results = await measureContent();
console.log(`Chromium ${results.chromium}\n`);
console.log(contentReport(results));
