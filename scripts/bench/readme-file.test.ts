import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBenchReadme } from './readme-file';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-readme-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'bench'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'bench', name), text);
  return dir;
}

describe('bench/README.md from the recorded results', () => {
  it('shows the latest mutation score of a group, not the one at the bench run', () => {
    const results = readFileSync(join(ROOT, 'bench/results.json'), 'utf8');
    const mutation = JSON.parse(readFileSync(join(ROOT, 'bench/mutation.json'), 'utf8')) as { groups: Array<{ name: string; score: number }> };
    const group = mutation.groups[0]!;
    group.score = 12.3;
    const dir = tree({ 'results.json': results, 'mutation.json': JSON.stringify(mutation) });
    expect(writeBenchReadme(dir)).toBe(true);
    const readme = readFileSync(join(dir, 'bench/README.md'), 'utf8');
    expect(readme).toContain('| 12.3 % |');
    expect(readme).toContain('All requests (2,000 sign requests)');
  });

  it('writes nothing before the first bench run', () => {
    const dir = tree({});
    expect(writeBenchReadme(dir)).toBe(false);
  });
});
