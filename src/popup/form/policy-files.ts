// What the form checks against the organisation's rules: the rules, and the ticked files with the
// classification labels Box gave when they were looked up (a file not looked up yet counts as
// unclassified: Send waits for the lookups anyway, and the background reads the labels itself).
import type { PolicyFile } from '../../shared/policy';
import type { PolicyRules } from '../../shared/settings';
import type { Lookup } from '../files/useFileLookups';

export function policyOf(rules: PolicyRules | undefined, ticked: readonly string[], lookups: Record<string, Lookup>): { rules: PolicyRules; files: PolicyFile[] } | null {
  if (!rules || Object.keys(rules).length === 0) return null;
  const files = ticked.map((id): PolicyFile => {
    const lookup = lookups[id];
    return lookup?.state === 'ok' ? { id, name: lookup.file.name, classification: lookup.file.classification ?? null } : { id, name: id, classification: null };
  });
  return { rules, files };
}
