// `npx tsx scripts/bench-bulk.ts [rows]`: the Bulk send scenario of the bench alone, on dist/chrome
// (run `npm run build:chrome` first). `npm run bench` runs it as part of the whole report.
import { resolve } from 'node:path';
import { measureBulk } from './bench/bulk';

const rows = Number(process.argv[2] ?? 500);
const result = await measureBulk(resolve(import.meta.dirname, '../dist/chrome'), (line) => console.error(`[bench] ${line}`), rows);
console.log(JSON.stringify(result, null, 2));
