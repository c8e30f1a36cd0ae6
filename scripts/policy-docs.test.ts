// docs/policy.md is what admins deploy from: every key Chrome checks policies against
// (public/managed_schema.json, itself held to what the extension reads by src/shared/settings/policy.test.ts)
// must have a row in its tables, no row may name a key that does not exist, and the JSON examples must
// parse and use only real keys.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const doc = readFileSync(resolve(root, 'docs/policy.md'), 'utf8');
const schemaKeys = Object.keys((JSON.parse(readFileSync(resolve(root, 'public/managed_schema.json'), 'utf8')) as { properties: Record<string, unknown> }).properties).sort();

/** The keys named (in backticks) in the first cell of the table rows under "## Keys". */
export function documentedKeys(markdown: string): string[] {
  const keys = markdown.split(/^## /m).find((section) => section.startsWith('Keys')) ?? '';
  const rows = keys.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*(key|-+)\s*\|/.test(line));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!)).sort();
}

/** The bodies of the ```json blocks. */
function jsonExamples(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
}

/** The extension's own policy object inside a Chrome (`3rdparty.extensions`) or Firefox (`policies.3rdparty.Extensions`) file. */
function extensionPolicy(file: unknown): Record<string, unknown> {
  const f = file as { '3rdparty'?: { extensions: Record<string, Record<string, unknown>> }; policies?: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
  const byId = f['3rdparty']?.extensions ?? f.policies?.['3rdparty'].Extensions ?? {};
  return Object.values(byId)[0] ?? {};
}

describe('docs/policy.md', () => {
  it('has a table row for every key of managed_schema.json, and none for a key that does not exist', () => {
    expect(documentedKeys(doc)).toEqual(schemaKeys);
  });

  it('finds the keys of each row, and notices a missing one', () => {
    const table = '## Keys\n\n| key | type |\n|---|---|\n| `a`, `b` | string, not `c` |\n| `d` | x |\n\n## Next\n| `e` | y |\n';
    expect(documentedKeys(table)).toEqual(['a', 'b', 'd']);
    expect(documentedKeys(doc.replace(/^\| `blockLandlineSms` .*\n/m, ''))).not.toContain('blockLandlineSms');
  });

  it('gives a Chrome and a Firefox example that parse and use only real keys', () => {
    const examples = jsonExamples(doc).map(extensionPolicy);
    expect(examples).toHaveLength(2);
    for (const policy of examples) {
      expect(Object.keys(policy).length).toBeGreaterThan(0);
      expect(Object.keys(policy).filter((key) => !schemaKeys.includes(key))).toEqual([]);
    }
  });
});
