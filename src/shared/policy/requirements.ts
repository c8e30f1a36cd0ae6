// What the organisation's rules demand of one signer, and why: the methods they may use and whether
// they need a password, each with the rule behind it. The rule engine (rules.ts) refuses a signer who
// breaks one; the popup offers only what all of them allow and says why. Pure.
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';
import { labelRule, type PolicyRules } from '../settings/policy-rules';
import { isInternalEmail } from './signers';

/** A file as the rules see it: its classification label (null: unclassified). */
export type PolicyFile = { id: string; name: string; classification: string | null };

/** Why a constraint applies: the organisation's general rule, the signer being external, or classified files. */
export type Because =
  | { kind: 'allowedMethods' }
  | { kind: 'requirePassword' }
  | { kind: 'externalMethods' }
  | { kind: 'classificationRules'; label: string; files: readonly PolicyFile[] };

/** One demand on a signer: a method among `methods`, and/or a password. */
export type Constraint = { because: Because; methods?: readonly SignMethod[]; password?: true };

/**
 * Every constraint the rules put on a signer with `email` (null: not typed yet, so the rule for
 * external signers is left for later) who signs `files`. Files sharing a label make one constraint.
 */
export function signerConstraints(email: string | null, files: readonly PolicyFile[], rules: PolicyRules): Constraint[] {
  const out: Constraint[] = [];
  if (rules.allowedMethods) out.push({ because: { kind: 'allowedMethods' }, methods: rules.allowedMethods });
  if (rules.requirePassword) out.push({ because: { kind: 'requirePassword' }, password: true });
  if (email !== null && rules.externalMethods && !isInternalEmail(email, rules.internalDomains ?? [])) {
    out.push({ because: { kind: 'externalMethods' }, methods: rules.externalMethods });
  }
  for (const { label, rule, files: labelled } of labelGroups(files, rules)) {
    if (!rule.methods && !rule.requirePassword) continue;
    out.push({
      because: { kind: 'classificationRules', label, files: labelled },
      ...(rule.methods ? { methods: rule.methods } : {}),
      ...(rule.requirePassword ? { password: true as const } : {}),
    });
  }
  return out;
}

/** The chosen files grouped by the label rule that applies to them, in the files' order. */
function labelGroups(files: readonly PolicyFile[], rules: PolicyRules) {
  const groups = new Map<string, { label: string; rule: NonNullable<ReturnType<typeof labelRule>>['rule']; files: PolicyFile[] }>();
  for (const file of files) {
    const match = labelRule(rules, file.classification);
    if (!match) continue;
    const key = match.label.trim().toLowerCase();
    const group = groups.get(key) ?? { label: match.label.trim(), rule: match.rule, files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * What all the constraints together allow: the strictest of them. `methods` in the order of
 * SIGN_METHODS; `none` drops out when a password is required (a password alone is `password`).
 */
export function allowedByConstraints(constraints: readonly Constraint[]): { methods: SignMethod[]; password: boolean } {
  const password = constraints.some((constraint) => constraint.password);
  const methods = SIGN_METHODS.filter(
    (method) => !(password && method === 'none') && constraints.every((constraint) => !constraint.methods || constraint.methods.includes(method)),
  );
  return { methods, password };
}
