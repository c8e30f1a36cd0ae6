// Mutation scores from Stryker's JSON report (mutation-testing-report-schema), per file and per group,
// and bench/mutation.json, which keeps every group's latest run. Pure: run.ts does the I/O.

export type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

export interface StrykerReport {
  files: Record<string, { source?: string; mutants: Array<{ status: MutantStatus; mutatorName: string; replacement?: string; location: { start: { line: number; column: number } } }> }>;
}

export interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Stryker's mutation score: detected (killed + timeout) over valid mutants (detected + survived + no coverage), in %. */
  score: number | null;
}

export interface GroupResult extends Counts {
  name: string;
  title: string;
  commit: string | null;
  date: string;
  durationSeconds: number;
  files: Record<string, Counts>;
  /** Where the surviving mutants are, so the next test can kill them. */
  survivors: string[];
}

export interface MutationFile {
  target: number;
  groups: GroupResult[];
}

export const TARGET_SCORE = 90;

export function counts(statuses: readonly MutantStatus[]): Counts {
  const n = (status: MutantStatus) => statuses.filter((s) => s === status).length;
  const killed = n('Killed');
  const timeout = n('Timeout');
  const survived = n('Survived');
  const noCoverage = n('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  return { killed, timeout, survived, noCoverage, score: valid === 0 ? null : Math.round(((killed + timeout) / valid) * 1000) / 10 };
}

export function groupResult(report: StrykerReport, group: { name: string; title: string }, run: { commit: string | null; date: string; durationSeconds: number }): GroupResult {
  const files: Record<string, Counts> = {};
  const all: MutantStatus[] = [];
  const survivors: string[] = [];
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const statuses = file.mutants.map((m) => m.status);
    files[path] = counts(statuses);
    all.push(...statuses);
    for (const m of file.mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      survivors.push(`${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}: ${oneLine(m.replacement ?? '')}`);
    }
  }
  return { name: group.name, title: group.title, ...run, ...counts(all), files, survivors };
}

/** The file with `result` in place of the group's previous run; groups keep the order given. */
export function mergeResult(previous: MutationFile | null, result: GroupResult, order: readonly string[]): MutationFile {
  const groups = [...(previous?.groups ?? []).filter((g) => g.name !== result.name), result];
  groups.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return { target: TARGET_SCORE, groups };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
