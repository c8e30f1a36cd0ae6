// `npm run mutation [group...] [--concurrency N] [--force]`: StrykerJS over the modules that protect signers,
// one group at a time, in incremental mode (a rerun tests only the mutants whose code or tests
// changed). Each group's score goes to bench/mutation.json (the bench report shows it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitCommit } from '../bench/report';
import { writeBenchReadme } from '../bench/readme-file';
import { MUTATION_GROUPS } from './groups';
import { groupResult, mergeResult, type MutationFile, type StrykerReport } from './score';

const root = join(import.meta.dirname, '..', '..');
const OUTPUT = join(root, 'bench', 'mutation.json');

const args = process.argv.slice(2);
const concurrencyAt = args.indexOf('--concurrency');
const concurrency = concurrencyAt >= 0 ? args.splice(concurrencyAt, 2)[1]! : '1';
// --force: test every mutant again. Incremental mode keeps a surviving static mutant's result (it has no
// per-test coverage, so no changed test "covers" it) even when a new test kills it.
const force = args.includes('--force');
if (force) args.splice(args.indexOf('--force'), 1);
const unknown = args.filter((name) => !MUTATION_GROUPS.some((g) => g.name === name));
if (unknown.length > 0) {
  console.error(`Unknown group(s): ${unknown.join(', ')}. Groups: ${MUTATION_GROUPS.map((g) => g.name).join(', ')}`);
  process.exit(2);
}
const groups = args.length > 0 ? MUTATION_GROUPS.filter((g) => args.includes(g.name)) : MUTATION_GROUPS;

let failed = false;
for (const group of groups) {
  const report = join('reports', 'mutation', `${group.name}.json`);
  const started = Date.now();
  // The commit Stryker copies into its sandbox now: the one measured, whatever is committed meanwhile.
  const commit = gitCommit(root);
  const run = spawnSync(
    'npx',
    ['stryker', 'run', '--mutate', group.files.join(','), '--concurrency', concurrency, '--incrementalFile', join('reports', 'mutation', `${group.name}.incremental.json`), ...(force ? ['--force'] : [])],
    { cwd: root, stdio: 'inherit', env: { ...process.env, STRYKER_JSON_REPORT: report } },
  );
  if (run.status !== 0 || !existsSync(join(root, report))) {
    console.error(`Stryker failed on ${group.name} (exit ${run.status}).`);
    failed = true;
    continue;
  }
  const result = groupResult(JSON.parse(readFileSync(join(root, report), 'utf8')) as StrykerReport, group, {
    commit: commit ? `${commit.hash}${commit.uncommitted ? '+' : ''}` : null,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
  });
  const previous = existsSync(OUTPUT) ? (JSON.parse(readFileSync(OUTPUT, 'utf8')) as MutationFile) : null;
  writeFileSync(OUTPUT, `${JSON.stringify(mergeResult(previous, result, MUTATION_GROUPS.map((g) => g.name)), null, 2)}\n`);
  writeBenchReadme(root);
  console.log(`${group.title}: ${result.score ?? '-'} % (${result.killed + result.timeout} detected, ${result.survived} survived, ${result.noCoverage} not covered) in ${result.durationSeconds} s`);
}
process.exit(failed ? 1 : 0);
