// bench/README.md from what bench/results.json and bench/mutation.json hold: written by `npm run bench`
// after a run, and by `npm run mutation` after each group, so the report never shows an older score.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationFile } from '../mutation/score';
import { benchReadme, type Results } from './report';
import { requestsSection, type RequestsBench } from './requests';

const readJson = <T>(path: string): T | null => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null);

/** Rewrites `bench/README.md` under `root`; false (and nothing written) when no bench has run yet. */
export function writeBenchReadme(root: string): boolean {
  const results = readJson<Results & { requests: RequestsBench }>(join(root, 'bench/results.json'));
  if (!results) return false;
  const mutation = readJson<MutationFile>(join(root, 'bench/mutation.json'));
  writeFileSync(join(root, 'bench/README.md'), benchReadme(results, mutation) + requestsSection(results.requests));
  return true;
}
