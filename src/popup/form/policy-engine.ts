// The organisation's rule engine in the popup (shared/policy): what each signer row may use and what
// blocks Send. Loaded only when there are rules, so without a policy (most users) it is not in the
// popup's first script; setup.ts waits for it when there are, so the form's first render already
// follows them, as before.
import type { PolicyRules } from '../../shared/settings';
import type { RowPolicy } from '../signers/signer-policy';
import type { SignFormContext } from '../../ui/sign-form-fields';

type Engine = { rowPolicy: typeof import('../signers/signer-policy').rowPolicy; policyBlock: typeof import('../../ui/policy-problems').policyBlock };

let engine: Engine | null = null;

const hasRules = (rules: PolicyRules | undefined): rules is PolicyRules => rules !== undefined && Object.keys(rules).length > 0;

/** Loads the engine when `rules` has any rule (once); resolves when the form may use it. */
export async function loadPolicyEngine(rules: PolicyRules): Promise<void> {
  if (engine || !hasRules(rules)) return;
  const [rows, problems] = await Promise.all([import('../signers/signer-policy'), import('../../ui/policy-problems')]);
  engine = { rowPolicy: rows.rowPolicy, policyBlock: problems.policyBlock };
}

function loaded(): Engine {
  if (!engine) throw new Error('The policy engine is used before loadPolicyEngine loaded it.');
  return engine;
}

/** Why the rules leave nothing that can be sent, or null (always null without rules). */
export function policyBlock(rules: PolicyRules | undefined): string | null {
  return hasRules(rules) ? loaded().policyBlock(rules) : null;
}

/** What the rules allow one signer row; null without rules. */
export function rowPolicy(policy: SignFormContext['policy'] | null, email: string): RowPolicy | null {
  return policy ? loaded().rowPolicy(policy, email) : null;
}
