// The mutation score section of bench/README.md, from bench/mutation.json (`npm run mutation`).
import type { MutationFile } from '../mutation/score';
import { markdownTable } from './stats';

/** The section, or a line saying there is none yet. Pure. */
export function markdownMutation(file: MutationFile | null): string {
  const head = ['### Mutation score', ''];
  if (!file || file.groups.length === 0) return [...head, 'Not measured yet: run `npm run mutation`.', ''].join('\n');
  const pct = (score: number | null) => (score === null ? '–' : `${score.toFixed(1)} %`);
  const rows = file.groups.map((g) => [
    g.title,
    pct(g.score),
    String(g.killed + g.timeout),
    String(g.survived),
    String(g.noCoverage),
    g.score !== null && g.score >= file.target ? 'yes' : 'NO',
    `\`${g.commit ?? '?'}\`, ${g.date.slice(0, 10)}, ${g.durationSeconds} s`,
  ]);
  return [
    ...head,
    `StrykerJS over the modules that protect signers and their data (\`npm run mutation\`, not part of \`npm test\`; ` +
      `see [docs/testing.md](../docs/testing.md#mutation-testing)). Target: ≥ ${file.target} % per module group. ` +
      'Each group as of its latest run; the surviving mutants are listed in `mutation.json`.',
    '',
    markdownTable(['module group', 'score', 'detected', 'survived', 'no coverage', `≥ ${file.target} %?`, 'commit, date, run time'], rows),
    '',
  ].join('\n');
}
