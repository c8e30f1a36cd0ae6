// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, what addons.mozilla.org runs on
// upload) over the Firefox build. Fails on any error, and on any warning not explained below, so
// a new warning is looked at rather than scrolled past. docs/releasing.md (Firefox) repeats these explanations.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist/firefox');

/** Warnings we accept, by code and the file the bundler put the code in (names carry hashes). */
export const EXPLAINED: Array<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/.+\.js$/,
    why: "Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`, which no component of ours uses (checked by the grep below).",
  },
];

if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const bin = resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
type Message = { code: string; file?: string; message: string; description?: string };
let report: { errors: Message[]; warnings: Message[]; notices: Message[]; summary: Record<string, number> };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
const print = (m: Message) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
for (const e of report.errors) console.error(`error ${print(e)}`);
for (const w of unexplained) console.error(`unexplained warning ${print(w)}`);
for (const w of report.warnings.filter((w) => !unexplained.includes(w))) console.log(`explained warning ${print(w)}`);

// The innerHTML warning is only acceptable while our own code never asks Preact for innerHTML.
const grep = spawnSync('grep', ['-rl', 'dangerouslySetInnerHTML', resolve(import.meta.dirname, '../src')], { encoding: 'utf8' });
const ownInnerHtml = grep.stdout.trim();
if (ownInnerHtml) console.error(`dangerouslySetInnerHTML used in:\n${ownInnerHtml}`);

console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length > 0 || unexplained.length > 0 || ownInnerHtml) process.exit(1);
